/// Every lint rule, in code order.
public enum RuleRegistry {
  /// The rules, sorted by code.
  public static let all: [any LintRule] = [
    DecodeErrorRule(), AppIDNotHex32(), NoServices(), UnknownServiceType(), RepeatedServiceType(),
    NoPrivileges(), UnknownPrivilege(), TrailingBytesRule(), RepairedInput(),
    BadSignatureLength(), SaltOutOfRange(),
    TokenExpired(), TokenNotYetValid(), PrivilegeExpired(), JoinExpiresBeforeToken(),
    ExpiresWithin(), ChatLifetimeOver24h(), TokenExpired24hCap(), ExpireZero(), ExpireOver24h(),
    ExpireLooksAbsolute(),
    PrivilegeZero(), PrivilegeOver24h(), PrivilegeLooksAbsolute(), PublishOutlivesJoin(),
    LifetimeTooShort(),
    ChannelNameEmpty(), ChannelNameTooLong(), ChannelNameInvalidChars(), AccountTooLong(),
    UserIDTooLong(), AppIDMismatch(), ChannelMismatch(), ChannelCaseMismatch(), UIDMismatch(),
    IntUIDJoinCannotMatchAccount(), UIDIsStringZero(), UserIDMismatch(), ChatUserIDMismatch(),
    ExpectService(), ExpectPrivilege(), ChatAppTokenForSDKLogin(), ChatUserTokenForREST(),
    SignatureInvalid(), SignatureNotChecked(), CertificateCaseMismatch(), SampleCredentials(),
    CertificateNotHex32(),
    LegacyVersion(),
  ]

  /// Every rule's descriptor, in code order.
  public static var descriptors: [RuleDescriptor] { all.map(\.descriptor) }

  /// The rule with this code or name (codes ignore letter case), or `nil`.
  public static func descriptor(_ codeOrName: String) -> RuleDescriptor? {
    descriptors.first { $0.code == codeOrName.uppercased() || $0.name == codeOrName.lowercased() }
  }
}
