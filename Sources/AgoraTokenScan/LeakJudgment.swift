import AgoraToken
import AgoraTokenLint

/// Turns the sightings of one scan into findings: decodes and judges the tokens, pairs every
/// certificate candidate with every token, links tokens to certificates through their App ID,
/// and keeps one finding per location (work tree) or per value (history only).
struct LeakJudgment {
  let judge: TokenJudge
  let showToken: Bool

  /// What a sighting is, once judged; `nil` for text that is no token and for bare hex that
  /// verifies nothing.
  private enum Judged {
    case token(Int)
    case certificate(String)
    case appID(String)
  }

  func findings(_ sightings: [LocatedSighting]) -> [ScanFinding] {
    var tokens: [JudgedToken] = []
    var tokenIndex: [String: Int?] = [:]
    var indexByText: [String: Int] = [:]
    var judged: [(LocatedSighting, Judged)] = []
    for located in sightings {
      switch located.sighting.kind {
      case .token(let wrapped):
        let lookup = wrapped ?? located.sighting.value
        if tokenIndex[lookup] == nil {
          let token = judge.judge(located.sighting.value, wrapped: wrapped)
          if let token, let known = indexByText[token.text] {
            tokenIndex[lookup] = known
          } else if let token {
            tokens.append(token)
            indexByText[token.text] = tokens.count - 1
            tokenIndex[lookup] = tokens.count - 1
          } else {
            tokenIndex[lookup] = .some(nil)
          }
        }
        if let index = tokenIndex[lookup] ?? nil { judged.append((located, .token(index))) }
      case .certificate:
        judged.append((located, .certificate(located.sighting.value)))
      case .appID:
        judged.append((located, .appID(located.sighting.value)))
      }
    }

    let certificateValues = Self.unique(
      judged.compactMap { if case .certificate(let value) = $0.1 { value } else { nil } })
    let signs = CertificatePairing.pairs(certificates: certificateValues, tokens: tokens)
    var signedBy: [Int: [String]] = [:]
    for (certificate, indices) in signs {
      for index in indices {
        signedBy[index, default: []].append(Inspection.fingerprint(of: certificate))
      }
    }

    // A bare value is a certificate only when it verifies a token.
    judged.removeAll { pair in
      guard case .certificate(let value) = pair.1,
        case .certificate(key: nil) = pair.0.sighting.kind
      else { return false }
      return signs[value] == nil
    }
    let linked = Self.certificatesByAppID(judged)

    var workTree: [ScanFinding] = []
    var history: [ScanFinding] = []
    var firstCommit: [String: String] = [:]
    var inWorkTree = Set<String>()
    for (located, what) in judged {
      let identity = Self.identity(what)
      if let commit = located.commit {
        if firstCommit[identity] == nil { firstCommit[identity] = commit }
      } else {
        inWorkTree.insert(identity)
      }
    }
    var reportedFromHistory = Set<String>()
    for (located, what) in judged {
      let identity = Self.identity(what)
      if located.fromHistory {
        guard !inWorkTree.contains(identity), reportedFromHistory.insert(identity).inserted
        else { continue }
      }
      var finding: ScanFinding
      switch what {
      case .token(let index):
        finding = tokenFinding(
          tokens[index], at: located, signedBy: signedBy[index] ?? [], linked: linked)
      case .certificate(let value):
        finding = certificateFinding(
          value, at: located, signs: (signs[value] ?? []).map { tokens[$0].fingerprint })
      case .appID(let value):
        finding = ScanFinding(
          rule: .appIDInSource, file: located.file, line: located.sighting.line,
          column: located.sighting.column, fingerprint: Inspection.fingerprint(of: value))
        finding.key = Self.key(of: located.sighting)
        finding.appID = value
      }
      finding.commit = firstCommit[identity]
      if located.fromHistory {
        finding.source = "history"
        history.append(finding)
      } else {
        workTree.append(finding)
      }
    }
    workTree.sort {
      ($0.file, $0.line, $0.column, $0.code) < ($1.file, $1.line, $1.column, $1.code)
    }
    return workTree + history
  }

  private func tokenFinding(
    _ token: JudgedToken, at located: LocatedSighting, signedBy: [String],
    linked: [String: Set<String>]
  ) -> ScanFinding {
    let status: String
    switch token.verdict {
    case .current: status = "valid"
    case .expired: status = "expired"
    case .notYetValid: status = "not_yet_valid"
    }
    var finding = ScanFinding(
      rule: .tokenInSource, severity: token.verdict == .expired ? .info : .error,
      file: located.file, line: located.sighting.line, column: located.sighting.column,
      fingerprint: token.fingerprint)
    finding.appID = token.token.appID
    finding.version = token.token.version
    finding.status = status
    finding.expiresAt = token.expiresAt
    finding.signedBy = signedBy.sorted()
    finding.appIDCertificates = (linked[token.token.appID.lowercased()] ?? []).sorted()
    if showToken { finding.token = token.text }
    return finding
  }

  private func certificateFinding(_ value: String, at located: LocatedSighting, signs: [String])
    -> ScanFinding
  {
    let sample = PublishedSampleCredentials.isSampleCertificate(value)
    var finding = ScanFinding(
      rule: .certificateInSource, severity: sample ? .info : nil, file: located.file,
      line: located.sighting.line, column: located.sighting.column,
      fingerprint: Inspection.fingerprint(of: value))
    finding.key = Self.key(of: located.sighting)
    finding.confirmed = !signs.isEmpty
    finding.signs = Self.unique(signs).sorted()
    finding.publicSample = sample
    return finding
  }

  /// For each App ID (lower case) assigned in a file, the fingerprints of the certificates in
  /// the same file.
  private static func certificatesByAppID(_ judged: [(LocatedSighting, Judged)]) -> [String: Set<
    String
  >] {
    var appIDs: [String: Set<String>] = [:]
    var certificates: [String: Set<String>] = [:]
    for (located, what) in judged {
      let place = (located.commit ?? "") + "\u{0}" + located.file
      switch what {
      case .appID(let value): appIDs[place, default: []].insert(value.lowercased())
      case .certificate(let value):
        certificates[place, default: []].insert(Inspection.fingerprint(of: value))
      case .token: break
      }
    }
    var linked: [String: Set<String>] = [:]
    for (place, ids) in appIDs {
      guard let found = certificates[place] else { continue }
      for id in ids { linked[id, default: []].formUnion(found) }
    }
    return linked
  }

  private static func identity(_ what: Judged) -> String {
    switch what {
    case .token(let index): "token:\(index)"
    case .certificate(let value): "certificate:\(value)"
    case .appID(let value): "app_id:\(value.lowercased())"
    }
  }

  private static func key(of sighting: Sighting) -> String? {
    switch sighting.kind {
    case .certificate(let key): key
    case .appID(let key): key
    case .token: nil
    }
  }

  private static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
