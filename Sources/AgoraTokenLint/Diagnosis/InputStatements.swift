import AgoraToken

/// Statements about the input text: not a token, damaged in transport, encoded too often.
///
/// Source: "Diagnosis vocabulary", `recognized_as`, `partial` and `after_fix` in
/// `shared/cases/README.md`; repair names and error kinds of `shared/vectors/README.md`.
enum InputStatements {
  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    recognition(facts) + damage(facts) + encoding(facts)
  }

  // MARK: Not a token

  static func recognition(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let recognition = facts.inspection.recognition else { return [] }
    var result: [Diagnosis] = []
    switch recognition.kind {
    case "hex32":
      result.append(
        Diagnosis(
          "not_a_token_32_hex",
          "the input is 32 hexadecimal characters: an App ID or App Certificate, not a token (tokens start with a version such as 006 or 007)"
        ))
      if let appID = facts.context.identity.appID,
        appID.lowercased() == facts.inspection.text.lowercased()
      {
        result.append(
          Diagnosis(
            "input_equals_app_id",
            "the input is exactly the App ID given: the App ID was passed where the token belongs; build a token on your token server (or with a temporary token from the console) and pass that"
          ))
      }
    case "chat_rest_token":
      result.append(
        Diagnosis(
          "chat_rest_token_not_verifiable_offline",
          "the input starts with \"YWMt\": a Chat REST access token, not an Agora 006/007 token; it is not signed with the App Certificate, so nothing in it can be verified offline"
        ))
      let times = recognition.fields.filter {
        $0.inferred && ($0.name == "issued_at_iso" || $0.name == "expires_at_iso")
      }
      if !times.isEmpty {
        let shown = times.map { "\($0.name.dropLast(4)) \($0.value)" }.joined(separator: ", ")
        result.append(
          Diagnosis(
            "chat_rest_token_times_inferred",
            "the times read from this token (\(shown)) come from a layout inferred from public examples (UUID v1 time + 8-byte millisecond expiry), not from a published specification"
          ))
      }
    default:
      break
    }
    return result
  }

  // MARK: Damage

  static func damage(_ facts: DiagnosisFacts) -> [Diagnosis] {
    let inspection = facts.inspection
    guard let error = inspection.error, inspection.recognition == nil else { return [] }
    var result: [Diagnosis] = []
    let version = String(inspection.text.prefix(3))
    // A stray invisible character that broke the base64 is the cause: the length and padding it
    // throws off say nothing of their own (invisible_character_in_token says it).
    // So is an after-fix that decodes the token (a `\/` escape, a second URL-encoding): the
    // length it was judged at is the broken text's.
    let strayCharacter = strayCharacters(inspection) != nil || inspection.afterFix != nil
    let truncated =
      !strayCharacter
      && (endsEarly(error.kind, version: version) || shortenedEndsEarly(inspection.text, error))
    if truncated {
      let what = version == "007" ? "the zlib stream" : "the content"
      var message = "the token text ends early: \(what) is incomplete"
      if let partial = error.partial {
        message += " (it stops in \(partial.stopsIn) after \(partial.recoveredBytes) bytes)"
      }
      result.append(
        Diagnosis("token_truncated", message + "; ask for the full token, copied in one piece"))
    }
    if !strayCharacter, let padding = paddingProblem(facts) {
      result.append(Diagnosis("base64_padding_wrong", padding))
    }
    if error.kind == .badBase64, let body = body(of: inspection.text),
      body.allSatisfy(isBase64Character), body.filter({ $0 != "=" }).count % 4 == 1
    {
      let count = body.filter { $0 != "=" }.count
      result.append(
        Diagnosis(
          "base64_length_impossible",
          "the base64 body has \(count) character\(count == 1 ? "" : "s"), 1 more than a multiple of 4, which no base64 text can have: a character was added or lost while copying"
        ))
    }
    let recovered = (error.partial.map { !$0.fieldsRead.isEmpty } ?? false)
    if recovered || inspection.afterFix != nil {
      let message =
        inspection.afterFix.map {
          "decoding failed, but after the fix \($0.fix) the token decodes; its fields are shown under after_fix"
        }
        ?? "decoding failed, but the fields before the damage were recovered (stops in \(error.partial?.stopsIn ?? "?")); they are shown under error.partial"
      result.append(Diagnosis("partial_fields_recovered", message))
    }
    let damagedToken = ![TokenError.Kind.unknownVersion, .empty, .tooLarge].contains(error.kind)
    if damagedToken && inspection.afterFix == nil {
      result.append(
        Diagnosis(
          "signature_not_checkable",
          "the signature cannot be checked because the token is damaged (\(error.kind)); this says nothing about whether the signature is valid"
        ))
    }
    return result
  }

  /// Whether an error kind says the data ends early: an incomplete zlib stream (007), or 006
  /// content that ends inside a field.
  static func endsEarly(_ kind: TokenError.Kind, version: String) -> Bool {
    kind == .truncatedZlib || (version == "006" && (kind == .truncated || kind == .lengthOverflow))
  }

  /// A base64 body of length 1 modulo 4 cut at a random character: without its last character it
  /// decodes to data that ends early, so the text ends early too.
  static func shortenedEndsEarly(_ text: String, _ error: TokenError) -> Bool {
    guard error.kind == .badBase64, let body = body(of: text), body.allSatisfy(isBase64Character),
      !body.contains("="), body.count % 4 == 1
    else { return false }
    let shortened = InputRepair.repair(String(text.dropLast())).text
    do {
      _ = try TokenDecoder.decode(shortened)
      return false
    } catch {
      return endsEarly(error.kind, version: String(text.prefix(3)))
    }
  }

  /// The sentence for "=" padding that does not fit the body's length, or `nil`.
  static func paddingProblem(_ facts: DiagnosisFacts) -> String? {
    guard let body = body(of: facts.inspection.text) else { return nil }
    let core = body.prefix { $0 != "=" }
    let remainder = core.count % 4
    guard remainder != 1 else { return nil }
    let needed = (4 - remainder) % 4
    if facts.inspection.repairs.contains(where: { $0.name == "add_padding" }) {
      let given = trailingPadding(facts)
      guard given > 0, given != needed else { return nil }
      return
        "the base64 body carries \(given) \"=\" but its length needs \(needed): the text lost characters at its end (add_padding made it decodable)"
    }
    let given = body.count - core.count
    guard facts.inspection.error?.kind == .badBase64, given > 0, given != needed,
      body[core.endIndex...].allSatisfy({ $0 == "=" })
    else { return nil }
    return
      "the base64 body carries \(given) \"=\" but its length needs \(needed): characters were added or lost while copying"
  }

  /// How many "=" the input carried at its end before the repairs (after URL decoding).
  static func trailingPadding(_ facts: DiagnosisFacts) -> Int {
    var text = facts.raw
    if facts.inspection.repairs.contains(where: { $0.name == "percent_decode" }) {
      text = text.replacing("%3D", with: "=").replacing("%3d", with: "=")
    }
    let trimmed = text.reversed().drop { $0.isWhitespace || "\"'`".contains($0) }
    return trimmed.prefix { $0 == "=" }.count
  }

  /// The base64 body of a 007/006/005 token text.
  static func body(of text: String) -> Substring? {
    guard let offset = TokenTextLayout.base64BodyOffset(text) else { return nil }
    guard offset <= text.utf8.count else { return nil }
    return text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...]
  }

  static func isBase64Character(_ character: Character) -> Bool {
    guard character.isASCII else { return false }
    return character.isLetter || character.isNumber || "+/-_=".contains(character)
  }

  // MARK: Encoding

  /// Whether `text` holds `\/`. Over the UTF-8 bytes: Foundation's substring search cost 30,000
  /// instructions per input.
  static func hasEscapedSlash(_ text: String) -> Bool {
    // Over contiguous bytes: iterating `String.UTF8View` cost about 30 instructions a byte.
    let scan: (UnsafeBufferPointer<UInt8>) -> Bool = { bytes in
      var previous: UInt8 = 0
      for byte in bytes {
        if previous == UInt8(ascii: "\\") && byte == UInt8(ascii: "/") { return true }
        previous = byte
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(scan)
      ?? Array(text.utf8).withUnsafeBufferPointer(scan)
  }

  /// The invisible characters in a token whose base64 they broke (decoding failed with
  /// `bad_base64`): how many, and the first one's position (0-based, in the repaired text) and
  /// scalar; `nil` when there are none.
  static func strayCharacters(_ inspection: Inspection) -> (Int, Int, Unicode.Scalar)? {
    guard inspection.error?.kind == .badBase64 else { return nil }
    var first: (Int, Unicode.Scalar)?
    var count = 0
    for (index, scalar) in inspection.text.unicodeScalars.enumerated()
    where InvisibleCharacters.contains(scalar) {
      count += 1
      if first == nil { first = (index, scalar) }
    }
    return first.map { (count, $0.0, $0.1) }
  }

  static func encoding(_ facts: DiagnosisFacts) -> [Diagnosis] {
    let inspection = facts.inspection
    var result: [Diagnosis] = []
    if Self.hasEscapedSlash(inspection.text) {
      result.append(
        Diagnosis(
          "json_escaped_slash_in_token",
          "the token contains \"\\/\", a \"/\" escaped by a JSON encoder: JSON-decode the response instead of copying it raw (a strict decoder must not drop the backslash silently)"
        ))
    }
    if let (count, index, scalar) = strayCharacters(inspection) {
      let what =
        count == 1
        ? "an invisible character (\(Hex.codePoint(scalar)) at character \(index))"
        : "\(count) invisible characters (the first \(Hex.codePoint(scalar)) at character \(index))"
      let pronoun = count == 1 ? "it" : "them"
      let fix =
        inspection.afterFix?.fix == "remove_invisible_characters"
        ? "; after_fix shows the token without \(pronoun)" : ""
      result.append(
        Diagnosis(
          "invisible_character_in_token",
          "the token holds \(what), typical of text copied through a chat app, a rich-text editor or a PDF: delete \(pronoun), or copy the token from the token server's response itself\(fix)"
        ))
    }
    let decodedOnce = inspection.repairs.contains { $0.name == "percent_decode" }
    let twice =
      inspection.afterFix?.fix == "percent_decode_twice"
      || (decodedOnce && PercentEncoding.containsEscape(inspection.text))
    if twice {
      result.append(
        Diagnosis(
          "percent_encoded_twice",
          "the token was URL-encoded twice (%252F, %253D, ...): one decoding still leaves %XX escapes; decode it twice, and find the second encodeURIComponent (or form encoding) on the way"
        ))
    } else if decodedOnce {
      result.append(
        Diagnosis(
          "token_percent_encoded",
          "the token was URL-encoded once (%2B, %2F, %3D): decode it once before passing it to the SDK (repair percent_decode); pass the token itself, not a URL-encoded copy"
        ))
    }
    return result
  }
}
