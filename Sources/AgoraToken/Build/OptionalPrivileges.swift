extension [Privilege] {
  /// Privileges 1 and 2 of a service whose builder takes each lifetime as optional (Streaming,
  /// FCDN): a `nil` lifetime leaves its privilege out, and the order is 1 then 2, as packed.
  static func optional(first: UInt32?, second: UInt32?) -> [Privilege] {
    [(UInt16(1), first), (2, second)].compactMap { id, value in
      value.map { Privilege(id: id, value: $0) }
    }
  }
}
