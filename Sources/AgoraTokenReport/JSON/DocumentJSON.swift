import AgoraToken
import AgoraTokenLint

// The fast path of the documents' JSON: each member in key order, as the `Encodable`
// conformances beside each type write them (the differential test holds the two together).

extension InspectionDocument: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    try json.object(in: slot) { object in
      if let afterFix { try object.encoded("after_fix", afterFix) }
      try object.directs("diagnosis", diagnosis)
      try object.direct("error", ifPresent: error)
      if let findings { try object.directs("findings", findings) }
      object.string("fingerprint", fingerprint)
      try object.directs("identity_checks", identityChecks)
      try object.direct("input", input)
      if let recognizedAs { try object.encoded("recognized_as", recognizedAs) }
      try object.directs("repairs", repairs)
      object.integer("schema_version", schemaVersion)
      try object.direct("signature", signature)
      object.string("status", status)
      try token?.writeJSON(to: object)
      object.string("token_text", ifPresent: tokenText)
      try object.directs("warnings", warnings)
    }
  }
}

extension InputSource: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    json.object(in: slot) { object in
      object.string("file", file)
      object.integer("line", line)
    }
  }
}

extension AppliedRepair: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    json.object(in: slot) { object in
      object.string("detail", detail)
      object.string("name", name)
    }
  }
}

extension SignatureObject: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    try json.object(in: slot) { object in
      object.strings("hints", hints)
      if let inputs { try object.encoded("inputs", inputs) }
      object.string("matched_certificate", ifPresent: matchedCertificate)
      object.string("service_code", ifPresent: serviceCode)
      object.string("status", status)
      object.string("verifies_with_variant", ifPresent: verifiesWithVariant)
    }
  }
}

extension ErrorObject: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    try json.object(in: slot) { object in
      object.string("kind", kind)
      object.string("message", message)
      object.integer("offset", ifPresent: offset)
      object.string("offset_space", offsetSpace)
      if let partial { try object.encoded("partial", partial) }
    }
  }
}

extension IdentityObject: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    json.object(in: slot) { object in
      object.string("actual", check.actual)
      object.string("expected", check.expected)
      object.string("field", check.field)
      object.bool("matches", check.matches)
      object.string("matching_variant", ifPresent: check.matchingVariant)
      object.string("note", ifPresent: check.note)
    }
  }
}

extension Diagnosis: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    json.object(in: slot) { object in
      object.string("field", ifPresent: field?.jsonPointer)
      object.string("message", message)
      object.string("statement", statement)
    }
  }
}

extension Finding: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    json.object(in: slot) { object in
      if let agoraErrorCodes {
        json.array(agoraErrorCodes, in: object.slot("agora_error_codes")) { code, _ in
          json.stream.writeInteger(code)
        }
      }
      object.string("code", code)
      if let expected { Self.write(expected, object.slot("expected"), json) }
      object.string("field", field.jsonPointer)
      object.string("help", help)
      object.string("message", message)
      object.string("name", name)
      object.string("severity", severity.rawValue)
      object.string("unit", ifPresent: unit?.rawValue)
      object.string("url", url)
      if let value { Self.write(value, object.slot("value"), json) }
    }
  }

  private static func write(_ value: FindingValue, _ slot: JSONStream.Slot, _ json: DirectWriter) {
    json.stream.prepareScalar(in: slot)
    switch value {
    case .integer(let number): json.stream.writeInteger(number)
    case .text(let text): json.stream.writeString(text)
    case .bool(let flag): json.stream.append(flag ? "true" : "false")
    }
  }
}
