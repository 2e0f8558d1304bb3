#!/usr/bin/env sh
# Regenerates samples/*.token with `agtoken build`, from the inputs of the python3-built vectors in
# Tests/Fixtures/tokens-007.json (public sample values). Each output must equal the vector's token
# byte for byte; the script fails if one does not.
set -eu
cd "$(dirname "$0")/.."

swift build -q --product agtoken
AGTOKEN="$(swift build --show-bin-path)/agtoken"
APP_ID=7b1e6f0c2a9d48e3b5c4d3e2f1a09876
CERTS=samples/certificates.txt
# agtoken warns about certificate files that others can read, as ssh does for keys.
chmod 600 "$CERTS"

sample() {
  name=$1
  shift
  "$AGTOKEN" build "$@" --app-id "$APP_ID" --cert-file "$CERTS" >"samples/$name.token"
  echo "samples/$name.token"
}

# p007-rtc-publisher-uid
sample rtc-publisher rtc --channel demo-channel --uid 123456789 --role publisher \
  --expire 3600 --privilege-expire 3600 --issue-ts 1718003607 --salt 1
# p007-rtc-subscriber-uid
sample rtc-subscriber rtc --channel demo-channel --uid 123456789 --role subscriber \
  --expire 3600 --privilege-expire 3600 --issue-ts 1718000000 --salt 12345678
# p007-rtm
sample rtm rtm --user-id rtm-user-1 --expire 3600 --issue-ts 1718036070 --salt 90807060
# p007-rtm2-permissions
sample rtm2 rtm2 --user-id rtm2-user --expire 3600 \
  --permission messageChannels:read:chan-a,chan-b --permission messageChannels:write:chan-a \
  --permission streamChannels:read:stream-x --permission groupChannels:write:group-1 \
  --permission serverGroups:read:server-group-x --permission users:read:user-b,user-c \
  --issue-ts 1718068533 --salt 44444
# p007-streaming
sample streaming streaming --channel live-stream --uid 4000000001 --expire 3600 \
  --publish-mix-stream-expire 3600 --publish-raw-stream-expire 1800 \
  --issue-ts 1718039677 --salt 123
# p007-fpa
sample fpa fpa --issue-ts 1718043284 --salt 65536
# p007-chat-user
sample chat-user chat-user --user-id chat_user_01 --expire 3600 \
  --issue-ts 1718046891 --salt 16777216
# p007-chat-app
sample chat-app chat-app --expire 86400 --issue-ts 1718050498 --salt 4242
# p007-fcdn
sample fcdn fcdn --channel cdn-channel --account viewer-9 --expire 3600 \
  --issue-ts 1718054105 --salt 98765432
# p007-apaas-room-user
sample apaas apaas --room-uuid room-2024 --user-uuid teacher-7 --role 1 --expire 3600 \
  --issue-ts 1718057712 --salt 11
# p007-rtc-with-rtm2-builder
sample multi-service rtc --channel demo-channel --account user_alice-42 --role publisher \
  --expire 3600 --join-channel-privilege-expire 3000 --pub-audio-privilege-expire 2000 \
  --pub-video-privilege-expire 1000 --pub-data-stream-privilege-expire 500 \
  --rtm-user-id rtm-user-1 --rtm-expire 7200 --issue-ts 1718082961 --salt 888888

# Every sample must equal its vector's token.
python3 - <<'PY'
import json, pathlib
vectors = {c["id"]: c["token"] for c in json.load(open("Tests/Fixtures/tokens-007.json"))}
names = {
    "rtc-publisher": "p007-rtc-publisher-uid", "rtc-subscriber": "p007-rtc-subscriber-uid",
    "rtm": "p007-rtm", "rtm2": "p007-rtm2-permissions", "streaming": "p007-streaming",
    "fpa": "p007-fpa", "chat-user": "p007-chat-user", "chat-app": "p007-chat-app",
    "fcdn": "p007-fcdn", "apaas": "p007-apaas-room-user",
    "multi-service": "p007-rtc-with-rtm2-builder",
}
bad = [n for n, v in names.items()
       if pathlib.Path(f"samples/{n}.token").read_text() != vectors[v] + "\n"]
if bad:
    raise SystemExit(f"samples differ from their vectors: {bad}")
print(f"all {len(names)} samples equal their vectors")
PY
