# Keycloak from Maven Central (org.keycloak:keycloak-quarkus-dist) on Debian's Java 17, laid out
# like the official image (/opt/keycloak, entrypoint kc.sh), so compose and testcontainers give
# both the same arguments. Health and metrics are built in (an optimized build: fast starts).
ARG BASE_IMAGE=local/debian:bookworm
FROM ${BASE_IMAGE}
ARG VERSION=26.7.3
LABEL org.opencontainers.image.title="expertnet-keycloak" \
      org.opencontainers.image.description="Keycloak ${VERSION} from Maven Central on OpenJDK 17" \
      org.opencontainers.image.version="${VERSION}"
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless \
 && apt-get clean && rm -rf /var/lib/apt/lists/*
COPY keycloak /opt/keycloak
RUN mkdir -p /opt/keycloak/data/import && chown -R 1000:0 /opt/keycloak && chmod -R g+rwX /opt/keycloak
USER 1000
ENV KC_HEALTH_ENABLED=true
RUN /opt/keycloak/bin/kc.sh build --health-enabled=true
ENTRYPOINT ["/opt/keycloak/bin/kc.sh"]
CMD ["start-dev"]
