// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "agtoken",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "AgoraToken", targets: ["AgoraToken"]),
    .library(name: "AgoraTokenLint", targets: ["AgoraTokenLint"]),
    .library(name: "AgoraTokenReport", targets: ["AgoraTokenReport"]),
    .executable(name: "agtoken", targets: ["agtoken"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "AgoraToken",
      dependencies: [
        "CZlib",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(name: "AgoraTokenLint", dependencies: ["AgoraToken"]),
    .target(name: "AgoraTokenReport", dependencies: ["AgoraToken", "AgoraTokenLint"]),
    .executableTarget(
      name: "agtoken",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "AgoraTokenTests",
      dependencies: [
        "AgoraToken", "AgoraTokenReport",
        .product(name: "PropertyBased", package: "swift-property-based"),
        "AgoraTokenTestSupport",
      ]
    ),
    .target(name: "AgoraTokenTestSupport", dependencies: ["AgoraToken"], path: "Tests/Support"),
  ],
  swiftLanguageModes: [.v6]
)
