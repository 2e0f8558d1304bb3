import AgoraToken
import AgoraTokenLint
import Foundation
import Testing

@testable import AgoraTokenReport

/// The report turns a finding's typed field path into a JSON pointer, and that pointer names a
/// member that is there in the same report.
@Suite("field paths become JSON pointers")
struct FieldPointerTests {
  static let table: [(FieldPath?, String)] = [
    (nil, ""),
    (.token(.appID), "/app_id"),
    (.token(.signature), "/signature_hex"),
    (.token(.expiresAt), "/expires_at"),
    (.token(.crcUID), "/crc_uid"),
    (.token(.services), "/services"),
    (.service(2), "/services/2"),
    (.serviceField(0, .channelName), "/services/0/channel_name"),
    (.serviceField(1, .userID), "/services/1/user_id"),
    (.serviceField(0, .account), "/services/0/account"),
    (.privilege(service: 0, id: 1), "/services/0/privileges/1"),
    (.privilege006(4), "/privileges/4"),
  ]

  @Test("each path form", arguments: 0..<table.count)
  func pointer(_ row: Int) {
    let (path, pointer) = Self.table[row]
    #expect(path.jsonPointer == pointer)
  }

  /// Resolves an RFC 6901 pointer (no `~` escapes occur in the report's keys).
  static func resolve(_ pointer: String, in value: Any) -> Any? {
    var current: Any? = value
    for part in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
      if let object = current as? [String: Any] {
        current = object[String(part)]
      } else if let array = current as? [Any], let index = Int(part), array.indices.contains(index)
      {
        current = array[index]
      } else {
        return nil
      }
    }
    return current
  }

  @Test("every finding and statement of the fixtures points at a member of its own report")
  func resolves() throws {
    var checked = 0
    for input in JSONWriterDifferentialTests.inputs {
      for document in JSONWriterDifferentialTests.documents(input) {
        let json = try JSONSerialization.jsonObject(with: Data(JSONRenderer.line(document).utf8))
        let report = try #require(json as? [String: Any])
        // A repaired input is judged on the repaired token, which the report shows under
        // after_fix; a token that did not decode has no object to point into (a statement may
        // still name the field it could not read, such as the signature).
        let afterFix = report["after_fix"] as? [String: Any]
        guard let token = report["token"] ?? afterFix?["token"] else { continue }
        let fields =
          (document.findings ?? []).compactMap(\.field) + document.diagnosis.compactMap(\.field)
        for field in fields {
          // An unknown trailing service is reported at the position it would take.
          if case .service = field { continue }
          #expect(
            Self.resolve(field.jsonPointer, in: token) != nil,
            "\(field.jsonPointer) in \(input.prefix(40))")
          checked += 1
        }
      }
    }
    #expect(checked >= 100)
  }
}
