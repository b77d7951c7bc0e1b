# nats-server built here (go install from the Go module proxy) on the local Debian base; the
# entrypoint is nats-server, as in the official nats image, so compose and testcontainers give
# both the same arguments.
ARG BASE_IMAGE=local/debian:bookworm
FROM ${BASE_IMAGE}
ARG VERSION=2.14.9
LABEL org.opencontainers.image.title="expertnet-nats" \
      org.opencontainers.image.description="nats-server with JetStream, built from the Go module proxy" \
      org.opencontainers.image.version="${VERSION}"
COPY nats-server /usr/local/bin/nats-server
RUN mkdir -p /data && chown 10001:10001 /data
USER 10001:10001
ENTRYPOINT ["nats-server"]
CMD ["--jetstream", "--store_dir", "/data", "--port", "4222", "--http_port", "8222"]
