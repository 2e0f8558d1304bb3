import AgoraToken

/// The one check behind the "name too long" rules (AT302 `channel_name_too_long`, AT304
/// `account_too_long`, AT305 `user_id_too_long`): a finding for each service of the given types
/// whose name is over Agora's limit in UTF-8 bytes (``AgoraNameLimits``), pointing at that field.
enum NameLength {
  /// - Parameters:
  ///   - types: the service types the limit holds for.
  ///   - limit: the most bytes allowed.
  ///   - name: the service's name under the limit and the field that holds it, if it has one.
  ///   - message: the finding's message for a service and the name's length in bytes.
  static func findings(
    _ inspection: Inspection, of descriptor: RuleDescriptor, types: Set<ServiceType>,
    limit: Int, name: (Service) -> (text: String, field: ServiceField)?,
    message: (Service, Int) -> String
  ) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    return token.services.enumerated().compactMap { index, service in
      guard types.contains(service.type), let name = name(service) else { return nil }
      let bytes = name.text.utf8.count
      guard bytes > limit else { return nil }
      return descriptor.finding(
        message(service, bytes), field: .serviceField(index, name.field), value: .number(bytes),
        expected: .number(limit), unit: .bytes)
    }
  }
}
