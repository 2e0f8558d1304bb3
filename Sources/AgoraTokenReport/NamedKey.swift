/// A JSON key chosen at run time, for documents whose members depend on the data (legacy token
/// fields, the fields a partial decode recovered, the fields of a recognised input).
struct NamedKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ value: String) { stringValue = value }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
