# A Node 24 base image built here, where no container registry is reachable: Debian bookworm
# (mmdebstrap, imported as local/debian:bookworm) with the Node binary and npm from the npm
# registry, laid out like the official node image (/usr/local/bin/node, npm, npx).
# deploy/scripts/build-images.sh prepares the context (node, npm/, ca-certificates.crt).
FROM local/debian:bookworm
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
# The machine's CA store: the registries are reached through TLS only that store trusts.
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
CMD ["node"]
