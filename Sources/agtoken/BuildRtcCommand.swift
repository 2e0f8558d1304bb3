import AgoraToken
import ArgumentParser

/// `agtoken build rtc`: RtcTokenBuilder2 (by uid or account, per-privilege lifetimes, with RTM).
struct BuildRtcCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rtc",
    abstract: "RTC token (RtcTokenBuilder2): by uid or account, optionally with RTM.",
    discussion: """
      Publisher: privileges 1-4 (joinChannel, publishAudioStream, publishVideoStream, \
      publishDataStream); subscriber: joinChannel only. Any --*-privilege-expire option switches to \
      build_token_with_uid_and_privilege (all four privileges, each with its own lifetime). \
      --with-rtm adds RTM login for the same --account (build_token_with_rtm); --rtm-user-id adds \
      RTM login for another user id (build_token_with_rtm2).

      EXAMPLES:
        agtoken build rtc --channel demo --uid 42 --cert-env AGORA_APP_CERTIFICATE
        agtoken build rtc --channel demo --account alice --role subscriber --expire 600 --cert-env AGORA_APP_CERTIFICATE
      """)

  @OptionGroup var common: BuildCommonOptions

  @Option(name: .customLong("channel"), help: "The channel name (channel_name).")
  var channelName: String

  @OptionGroup var user: BuildUserOptions

  @Option(help: "publisher (privileges 1-4) or subscriber (1 only); default: publisher.")
  var role: RtcRoleArgument?

  @Option(help: "The token lifetime, seconds (token_expire).")
  var expire: UInt32 = 3600

  @Option(
    name: .customLong("privilege-expire"),
    help: "Every RTC privilege's lifetime, seconds (privilege_expire); default: --expire.")
  var privilegeExpire: UInt32?

  @Option(name: .customLong("join-channel-privilege-expire"), help: "joinChannel (1) lifetime.")
  var joinChannel: UInt32?

  @Option(name: .customLong("pub-audio-privilege-expire"), help: "publishAudioStream (2) lifetime.")
  var pubAudio: UInt32?

  @Option(name: .customLong("pub-video-privilege-expire"), help: "publishVideoStream (3) lifetime.")
  var pubVideo: UInt32?

  @Option(
    name: .customLong("pub-data-stream-privilege-expire"), help: "publishDataStream (4) lifetime.")
  var pubDataStream: UInt32?

  @Flag(name: .customLong("with-rtm"), help: "Add RTM login for --account (build_token_with_rtm).")
  var withRTM = false

  @Option(
    name: .customLong("rtm-user-id"),
    help: "Add RTM login for this user id (build_token_with_rtm2).")
  var rtmUserID: String?

  @Option(
    name: .customLong("rtm-expire"),
    help:
      "The RTM login lifetime with --rtm-user-id, seconds (rtm_token_expire); default: --expire."
  )
  var rtmExpire: UInt32?

  func validate() throws {
    if withRTM && rtmUserID != nil {
      throw ValidationError("give --with-rtm or --rtm-user-id, not both")
    }
    if rtmExpire != nil && rtmUserID == nil {
      throw ValidationError("--rtm-expire needs --rtm-user-id")
    }
    if withRTM && hasPerPrivilegeExpiry {
      throw ValidationError(
        "--with-rtm gives every RTC privilege --privilege-expire (build_token_with_rtm); for separate lifetimes use --rtm-user-id"
      )
    }
    if withRTM && user.account == nil {
      throw ValidationError(Self.withRTMNeedsAccount)
    }
    if hasPerPrivilegeExpiry && rtmUserID == nil && role == .subscriber {
      throw ValidationError(
        "per-privilege lifetimes always grant all four RTC privileges (build_token_with_uid_and_privilege); drop --role subscriber, or use --rtm-user-id"
      )
    }
  }

  static let withRTMNeedsAccount =
    "--with-rtm needs --account: RTM user ids are strings (pass the uid as --account \"N\")"

  private var hasPerPrivilegeExpiry: Bool {
    joinChannel != nil || pubAudio != nil || pubVideo != nil || pubDataStream != nil
  }

  func run() throws {
    let user = try self.user.user()
    let role = (self.role ?? .publisher).role
    let every = privilegeExpire ?? expire
    let join = joinChannel ?? every
    let audio = pubAudio ?? every
    let video = pubVideo ?? every
    let data = pubDataStream ?? every
    let channel = channelName
    let expire = expire
    if let rtmUserID {
      let rtmExpire = rtmExpire ?? expire
      try common.emit { inputs throws(BuildError) in
        try RtcTokenBuilder2.buildTokenWithRTM2(
          appID: inputs.appID, appCertificate: inputs.certificate, channelName: channel,
          rtcAccount: user.packed, rtcRole: role, rtcTokenExpire: expire,
          joinChannelPrivilegeExpire: join, pubAudioPrivilegeExpire: audio,
          pubVideoPrivilegeExpire: video, pubDataStreamPrivilegeExpire: data,
          rtmUserID: rtmUserID, rtmTokenExpire: rtmExpire, options: inputs.options)
      }
    } else if withRTM {
      guard case .account(let account) = user else {
        throw ValidationError(Self.withRTMNeedsAccount)
      }
      try common.emit { inputs throws(BuildError) in
        try RtcTokenBuilder2.buildTokenWithRTM(
          appID: inputs.appID, appCertificate: inputs.certificate, channelName: channel,
          account: account, role: role, tokenExpire: expire, privilegeExpire: every,
          options: inputs.options)
      }
    } else {
      // Per-privilege lifetimes grant all four privileges, as the reference's
      // build_token_with_*_and_privilege do; otherwise the role decides.
      let privileges =
        hasPerPrivilegeExpiry
        ? RtcPrivilegeExpiries(
          joinChannel: join, publishAudioStream: audio, publishVideoStream: video,
          publishDataStream: data
        ).privileges(for: .publisher)
        : RtcPrivilegeExpiries.all(every).privileges(for: role)
      try common.emit { inputs throws(BuildError) in
        try RtcTokenBuilder2.buildToken(
          appID: inputs.appID, appCertificate: inputs.certificate, channelName: channel,
          user: user, privileges: privileges, tokenExpire: expire, options: inputs.options)
      }
    }
  }
}

/// `--role` values.
enum RtcRoleArgument: String, ExpressibleByArgument, CaseIterable {
  case publisher, subscriber

  /// The library role.
  var role: RtcRole { self == .publisher ? .publisher : .subscriber }
}
