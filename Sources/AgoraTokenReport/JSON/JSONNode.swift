/// One value of a report document as ``ReportJSONEncoder`` collects it before writing.
///
/// Objects and arrays are boxes, so that a container handed out by the encoder keeps filling the
/// same storage after the call that made it has returned, as `Encoder` requires.
enum JSONNode {
  case null
  case bool(Bool)
  /// An integer, already in its decimal form.
  case number(String)
  case string(String)
  case object(JSONObjectBox)
  case array(JSONArrayBox)
  /// A value a `superEncoder` call will fill in; `null` if it never does.
  case pending(ReportJSONEncoder.TreeEncoder)
}

/// The members of one JSON object, in the order they were encoded.
final class JSONObjectBox {
  var members: [(key: String, value: JSONNode)] = []
}

/// The elements of one JSON array.
final class JSONArrayBox {
  var items: [JSONNode] = []
}

/// A value the report encoder does not write itself (a floating-point number, `Date`, `Data`,
/// `URL` or `Decimal`, whose forms are JSONEncoder's business); the renderer then falls back to
/// JSONEncoder for the whole document.
struct UnsupportedJSONValue: Error {}
