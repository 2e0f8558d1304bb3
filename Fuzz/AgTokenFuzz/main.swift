#if canImport(Glibc)
  import Glibc
#endif

// SwiftPM gives every executable target a `main` of its own, so libFuzzer's `main` cannot be
// used; this one hands control to libFuzzer's driver (libclang_rt.fuzzer_no_main) instead.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argumentCount = CommandLine.argc
var argumentVector = CommandLine.unsafeArgv
let status = runFuzzerDriver(&argumentCount, &argumentVector) { data, size in
  guard let data else { return 0 }
  return fuzzOneInput(data, size)
}
exit(status)
