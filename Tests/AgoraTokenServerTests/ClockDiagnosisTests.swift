import AgoraToken
import AgoraTokenServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Without `--now` or a body `now`, the server judges at its running clock and its time statements
/// say so, as `agtoken inspect` does without `--now`; it does not drop them.
@Suite("the diagnosis on a running clock")
struct ClockDiagnosisTests {
  @Test("an expired token gets its expiry statement, named as the clock's time")
  func expiredOnRunningClock() async throws {
    var fixture = ServerFixture()
    let later = ServerFixture.now + 7_200
    fixture.clock = ServerClock { later }
    let token = try RtcTokenBuilder2.buildTokenWithUID(
      appID: fixture.appID, appCertificate: fixture.certificate, channelName: "c", uid: 5,
      role: .publisher, tokenExpire: 3_600, privilegeExpire: 3_600,
      options: BuildOptions.reference(issueTs: UInt32(ServerFixture.now), salt: 7))
    let statements = try await fixture.live { client in
      let response = try await client.post("/inspect", token)
      #expect(response.status == .ok)
      #expect(response.headers[.init("Judged-At")!] == String(later))
      let diagnosis = response.json?["diagnosis"] as? [[String: Any]] ?? []
      return diagnosis.map { ($0["statement"] as? String ?? "", $0["message"] as? String ?? "") }
    }
    let expired = try #require(statements.first { $0.0 == "expired_before_failure_time" })
    #expect(expired.1.contains("the clock"))
  }

  @Test(
    "a body's now is Unix seconds as a number or a string, or ISO 8601",
    arguments: ["1718003600", "\"1718003600\"", "\"2024-06-10T07:13:20Z\""])
  func bodyNow(_ now: String) async throws {
    let fixture = ServerFixture()
    let token = try RtcTokenBuilder2.buildTokenWithUID(
      appID: fixture.appID, appCertificate: fixture.certificate, channelName: "c", uid: 5,
      role: .publisher, tokenExpire: 3_600,
      options: BuildOptions.reference(issueTs: 1_718_000_000, salt: 7))
    try await fixture.live { client in
      let response = try await client.post(
        "/inspect", "{\"token\": \"\(token)\", \"now\": \(now)}",
        headers: [.contentType: "application/json"])
      #expect(response.status == .ok)
      #expect(response.headers[.init("Judged-At")!] == "1718003600")
      let diagnosis = response.json?["diagnosis"] as? [[String: Any]] ?? []
      #expect(diagnosis.contains { $0["statement"] as? String == "expired_before_failure_time" })
    }
  }

  @Test(
    "a body's now that is no time is a 400 that says why, as --now does",
    arguments: [
      ("1.5", "bad_body", "must be Unix seconds"), ("true", "bad_body", "must be Unix seconds"),
      ("-5", "bad_parameter", "before 1970"), ("253402300800", "bad_parameter", "after 9999"),
      ("\"2024-06-10T09:00:00\"", "bad_parameter", "did you mean 2024-06-10T09:00:00Z?"),
      ("1718003600000", "bad_parameter", "looks like milliseconds"),
    ])
  func badBodyNow(_ now: String, _ kind: String, _ says: String) async throws {
    let fixture = ServerFixture()
    try await fixture.live { client in
      let response = try await client.post(
        "/inspect", "{\"token\": \"007eJx\", \"now\": \(now)}",
        headers: [.contentType: "application/json"])
      #expect(response.status == .badRequest)
      #expect(response.errorKind == kind)
      let message = (response.json?["error"] as? [String: Any])?["message"] as? String ?? ""
      #expect(message.contains("now") && message.contains(says), "\(message)")
    }
  }
}
