import AgoraToken
