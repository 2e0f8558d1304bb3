import AgoraToken
import ArgumentParser

/// `agtoken build apaas`: ApaasTokenBuilder room user, user or app token.
struct BuildApaasCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "apaas",
    abstract: "Flexible Classroom (APaaS) token (ApaasTokenBuilder).",
    discussion: """
      --room-uuid R --user-uuid U --role N: room user token (build_room_user_token: APaaS roomUser, \
      RTM login for U, Chat user for md5(U)). --user-uuid U alone: user token (build_user_token). \
      Neither: app token (build_app_token). User and app tokens carry role -1.

      EXAMPLES:
        agtoken build apaas --room-uuid room1 --user-uuid alice --role 2 --cert-env AGORA_APP_CERTIFICATE
      """)

  @OptionGroup var common: BuildCommonOptions

  @Option(name: .customLong("room-uuid"), help: "The room id (room_uuid).")
  var roomUUID: String?

  @Option(name: .customLong("user-uuid"), help: "The user id (user_uuid).")
  var userUUID: String?

  @Option(help: "The user's role in the room (int16), for a room user token.")
  var role: Int16?

  @Option(help: "The token and privilege lifetime, seconds (expire).")
  var expire: UInt32 = 3600

  func validate() throws {
    if roomUUID != nil && (userUUID == nil || role == nil) {
      throw ValidationError("a room user token needs --room-uuid, --user-uuid and --role")
    }
    if role != nil && roomUUID == nil {
      throw ValidationError("--role applies to a room user token; give --room-uuid too")
    }
  }

  func run() throws {
    let expire = expire
    switch (roomUUID, userUUID, role) {
    case (let room?, let user?, let role?):
      try common.emit { inputs throws(BuildError) in
        try ApaasTokenBuilder.buildRoomUserToken(
          appID: inputs.appID, appCertificate: inputs.certificate, roomUUID: room,
          userUUID: user, role: role, expire: expire, options: inputs.options)
      }
    case (nil, let user?, nil):
      try common.emit { inputs throws(BuildError) in
        try ApaasTokenBuilder.buildUserToken(
          appID: inputs.appID, appCertificate: inputs.certificate, userUUID: user, expire: expire,
          options: inputs.options)
      }
    default:
      try common.emit { inputs throws(BuildError) in
        try ApaasTokenBuilder.buildAppToken(
          appID: inputs.appID, appCertificate: inputs.certificate, expire: expire,
          options: inputs.options)
      }
    }
  }
}
