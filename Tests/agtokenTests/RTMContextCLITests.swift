import AgoraTokenTestSupport
import Foundation
import Testing

/// The RTM login context (`--rtm-user-id`, `--product rtm`) reaches the 006 identity checks and the
/// 006 signature check, end to end.
@Suite("RTM context for 006 tokens, end to end")
struct RTMContextCLITests {
  static let cases = Fixtures.cases("real-world.json").map(FixtureCase.init)

  @Test("RW19: an RTC token used for RTM login is checked with the user id in the channel slot")
  func rtcTokenForRTMLogin() throws {
    let item = try #require(Self.cases.first { $0.id == "RW19" })
    let context = item.object("context")
    let user = try #require(context["rtm_user_id"] as? String)
    let want = try #require(
      (item.object("expected")["identity_checks"] as? [[String: Any]])?.first {
        $0["source"] as? String == "join"
      })
    let file = try TemporaryFile.write("\(context["certificate"] as? String ?? "")\n")
    for product in [["--product", "rtm"], []] {
      let run = try CommandLineRun.agtoken(
        ["inspect", "--format", "json", "--rtm-user-id", user] + product + [
          "--cert-file", file.path, item.string("input") ?? "",
        ])
      let document = try #require(run.jsonObject(), "\(run.stderr)")
      let checks = document["identity_checks"] as? [[String: Any]] ?? []
      func check(_ field: String) -> [String: Any]? {
        checks.first { $0["field"] as? String == field }
      }
      #expect(check("crc_channel_name")?["expected"] as? String == want["channel_name"] as? String)
      #expect(
        check("crc_channel_name")?["matches"] as? Bool
          == want["crc_channel_name_matches"] as? Bool)
      #expect(check("crc_uid")?["expected"] as? String == want["uid"] as? String)
      #expect(check("crc_uid")?["matches"] as? Bool == want["crc_uid_matches"] as? Bool)
      let signature = document["signature"] as? [String: Any] ?? [:]
      #expect(
        (signature["status"] as? String == "valid") == (want["signature_matches"] as? Bool))
      #expect(signature["status"] as? String == "invalid", "\(product)")
    }
  }
}
