# agtoken in a container: `agtoken serve` (the token server and web inspector) by default, or
# any agtoken command. Built with scripts/install.sh, so the image holds the same statically
# linked binaries as a local install and needs no Swift runtime.
#
#   docker build -t agtoken .
#   docker run --rm -p 8090:8090 -e AGORA_APP_ID=... -e AGORA_APP_CERTIFICATE=... agtoken
#   docker run --rm -v "$PWD:/work" -w /work agtoken scan
#
# This image is not built in CI (no Docker engine runs there); every command it runs is the
# one scripts/test-install.sh runs.
FROM swift:6.3-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends zlib1g-dev \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN scripts/install.sh --prefix /opt/agtoken

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends zlib1g git ca-certificates \
  && rm -rf /var/lib/apt/lists/* \
  && useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin agtoken
COPY --from=build /opt/agtoken /opt/agtoken
ENV PATH=/opt/agtoken/bin:$PATH
USER agtoken
EXPOSE 8090
ENTRYPOINT ["/opt/agtoken/bin/agtoken"]
# Inside a container the server must listen beyond loopback for -p to reach it.
CMD ["serve", "--host", "0.0.0.0", "--port", "8090"]
