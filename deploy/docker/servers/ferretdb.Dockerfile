# The MongoDB-wire server where no MongoDB image can be had: FerretDB 1.24 (infra/ferretdb, with
# the project's serialising front) on SQLite. Its entrypoint takes mongod's arguments
# (--bind_ip, --port, --dbpath), so compose and testcontainers start it exactly as mongo:8.
ARG BASE_IMAGE=local/debian:bookworm
FROM ${BASE_IMAGE}
LABEL org.opencontainers.image.title="expertnet-ferretdb" \
      org.opencontainers.image.description="FerretDB 1.24 (SQLite backend) with mongod-style arguments"
COPY ferretdb /usr/local/bin/ferretdb
COPY mongod-args.sh /usr/local/bin/mongod
RUN chmod 0755 /usr/local/bin/mongod && mkdir -p /data/db && chown 10001:10001 /data/db
USER 10001:10001
ENTRYPOINT ["mongod"]
CMD ["--bind_ip", "0.0.0.0", "--port", "27017", "--dbpath", "/data/db"]
