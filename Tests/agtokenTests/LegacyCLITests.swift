import AgoraTokenTestSupport
import Foundation
import Testing

/// End-to-end tests of 006 and legacy keys through `agtoken inspect`/`verify`, and of `agtoken diff`.
@Suite("006, legacy and diff, end to end")
struct LegacyCLITests {
  static func vector(_ file: String, _ id: String) -> FixtureCase {
    FixtureCase(Fixtures.cases(file).first { $0["id"] as? String == id } ?? [:])
  }

  static let rtc006 = vector("tokens-006.json", "p006-rtc-publisher-uid")
  static let rtm006 = vector("tokens-006.json", "p006-rtm")
  static let dk4 = vector("tokens-legacy.json", "pleg-dk4-recording")

  @Test("006 verify needs --channel and --uid; with them it is valid, with a wrong channel not")
  func verify006() throws {
    let token = Self.rtc006.string("token") ?? ""
    let certificate = Self.rtc006.string("app_certificate") ?? ""
    let file = try TemporaryFile.write(certificate + "\n")
    let missing = try CommandLineRun.agtoken([
      "verify", "--cert-file", file.path, "--format", "json", token,
    ])
    #expect(missing.status == 1)
    let hint = (missing.jsonObject()?["signature"] as? [String: Any])?["hints"] as? [String]
    #expect(hint?.joined().contains("--channel") == true)
    let ok = try CommandLineRun.agtoken([
      "verify", "--cert-file", file.path, "--channel", Self.rtc006.string("channel_name") ?? "",
      "--uid", Self.rtc006.string("uid") ?? "", "--ignore-expiry", token,
    ])
    #expect(ok.status == 0)
    let wrong = try CommandLineRun.agtoken([
      "verify", "--cert-file", file.path, "--format", "json", "--channel", "another-channel",
      "--uid", Self.rtc006.string("uid") ?? "", token,
    ])
    #expect(wrong.status == 1)
    let checks = wrong.jsonObject()?["identity_checks"] as? [[String: Any]] ?? []
    #expect(
      checks.first { $0["field"] as? String == "crc_channel_name" }?["matches"] as? Bool == false)
    #expect(checks.first { $0["field"] as? String == "crc_uid" }?["matches"] as? Bool == true)
    for run in [missing, ok, wrong] {
      #expect(!run.stdout.contains(certificate) && !run.stderr.contains(certificate))
    }
  }

  @Test("an RTM 006 token verifies with --account and is explained")
  func rtm006() throws {
    let file = try TemporaryFile.write((Self.rtm006.string("app_certificate") ?? "") + "\n")
    let run = try CommandLineRun.agtoken([
      "inspect", "--cert-file", file.path, "--account", Self.rtm006.string("channel_name") ?? "",
      Self.rtm006.string("token") ?? "",
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("signature  valid"))
    #expect(run.stdout.contains("RTM 006 token"))
  }

  @Test("a DynamicKey4 key names the service code that verified")
  func dynamicKey4() throws {
    let inputs = Self.dk4.object("inputs")
    let file = try TemporaryFile.write((inputs["app_certificate"] as? String ?? "") + "\n")
    let run = try CommandLineRun.agtoken([
      "verify", "--cert-file", file.path, "--format", "json",
      "--channel", inputs["channel_name"] as? String ?? "",
      "--uid", String(inputs["uid"] as? Int ?? 0), "--ignore-expiry", Self.dk4.string("key") ?? "",
    ])
    #expect(run.status == 0)
    let signature = run.jsonObject()?["signature"] as? [String: Any]
    #expect(
      signature?["service_code"] as? String
        == Self.dk4.object("expected")["service_code_in_signature"] as? String)
    #expect((run.jsonObject()?["token"] as? [String: Any])?["kind"] as? String == "dk4")
  }

  @Test("diff exits 0 when equivalent, 1 when different, 3 when undecodable, 2 on usage errors")
  func diffExitCodes() throws {
    let a = Self.rtc006.string("token") ?? ""
    let b = Self.vector("tokens-006.json", "p006-rtc-account").string("token") ?? ""
    #expect(try CommandLineRun.agtoken(["diff", a, a]).status == 0)
    let different = try CommandLineRun.agtoken(["diff", "--format", "json", a, b])
    #expect(different.status == 1)
    let document = try #require(different.jsonObject())
    #expect(document["equivalent"] as? Bool == false)
    let fields = (document["differences"] as? [[String: Any]] ?? []).compactMap {
      $0["field"] as? String
    }
    #expect(fields.contains("RTC.uid_kind"))
    let text = try CommandLineRun.agtoken(["diff", a, b])
    #expect(text.stdout.contains("RTC.uid_kind: 'numeric uid' -> 'string account'"))
    #expect(try CommandLineRun.agtoken(["diff", a, "not-a-token"]).status == 3)
    #expect(try CommandLineRun.agtoken(["diff", a]).status == 2)
    #expect(try CommandLineRun.agtoken(["diff", "--format", "yaml", a, a]).status == 2)
  }
}
