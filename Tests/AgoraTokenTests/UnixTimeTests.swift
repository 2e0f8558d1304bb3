import Foundation
import Testing

@testable import AgoraToken

/// `UnixTime.iso8601` writes the time of day itself and takes the date from Foundation once per
/// day: its text must be Foundation's for every second.
@Suite("ISO 8601 text")
struct UnixTimeTests {
  static let times: [UInt64] = [
    0, 1, 59, 60, 3_599, 3_600, 86_399, 86_400, 951_782_400, 1_700_000_000, 1_718_003_700,
    1_735_650_000, 4_102_444_800, UnixTime.latest,
  ]

  @Test("known times", arguments: times)
  func known(_ unix: UInt64) {
    #expect(UnixTime.iso8601(unix) == UnixTime.foundationISO8601(unix))
  }

  @Test("the reference form")
  func referenceForm() {
    #expect(UnixTime.iso8601(1_718_003_700) == "2024-06-10T07:15:00Z")
    #expect(UnixTime.iso8601(0) == "1970-01-01T00:00:00Z")
    #expect(UnixTime.iso8601(UnixTime.latest) == "9999-12-31T23:59:59Z")
  }

  @Test("random times up to the year 9999")
  func random() {
    var state: UInt64 = 0x1234_5678_9ABC_DEF0
    for _ in 0..<2_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let unix = (state >> 11) % (UnixTime.latest + 1)
      #expect(UnixTime.iso8601(unix) == UnixTime.foundationISO8601(unix), "\(unix)")
    }
  }

  @Test(
    "a refused time names its near miss, then the accepted forms",
    arguments: [
      (" 5", "has spaces around it: did you mean 5?"),
      ("1718003600000", "looks like milliseconds: did you mean 1718003600?"),
      ("253402300800", "253402300800 is after 9999-12-31T23:59:59Z"),
      ("-5", "a time before 1970"),
      ("1969-12-31T23:59:59Z", "a time before 1970"),
      ("10000-01-01T00:00:00Z", "a time after 9999-12-31T23:59:59Z"),
      ("2024-06-10T09:00:00", "has no time zone: did you mean 2024-06-10T09:00:00Z?"),
    ])
  func refusal(_ text: String, _ hint: String) {
    #expect(UnixTime.parse(text) == nil)
    let message = UnixTime.refusal(text)
    #expect(message.hasPrefix(hint), "\(message)")
    #expect(message.hasSuffix(UnixTime.acceptedForms))
  }

  @Test("garbage gets the accepted forms alone")
  func refusalWithoutHint() {
    #expect(UnixTime.refusal("garbage") == UnixTime.acceptedForms)
  }
}
