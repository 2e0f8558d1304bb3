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
}
