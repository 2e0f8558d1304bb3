import AgoraToken
import ArgumentParser

/// `--uid N | --account S` for RTC, Streaming and FCDN builds.
struct BuildUserOptions: ParsableArguments {
  @Option(help: ArgumentHelp("A numeric uid, 0...4294967295 (0: any uid).", valueName: "uid"))
  var uid: String?

  @Option(help: ArgumentHelp("A string user account.", valueName: "account"))
  var account: String?

  func validate() throws {
    _ = try user()
  }

  /// The user, from exactly one of --uid and --account.
  /// - Throws: `ValidationError` (exit 2) for none or both, for text that is not a decimal
  ///   integer, and for a uid outside 0...4294967295.
  func user() throws -> TokenUser {
    switch (uid, account) {
    case (let uid?, nil):
      let digits = uid.hasPrefix("-") ? uid.dropFirst() : Substring(uid)
      guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
        throw ValidationError(
          "--uid must be a decimal integer, got '\(uid)'; for a string user account use --account")
      }
      guard let value = Int64(uid) else {
        throw ValidationError("--uid \(uid) is outside 0...4294967295")
      }
      do {
        return try TokenUser.checkedUID(value)
      } catch {
        throw ValidationError(error.message)
      }
    case (nil, let account?):
      return .account(account)
    case (nil, nil):
      throw ValidationError("give --uid or --account")
    default:
      throw ValidationError("give --uid or --account, not both")
    }
  }
}
