#!/bin/bash
# Runs as root once dpkg has unpacked Rebound into /opt. electron-builder fills in the
# names in braces (escaped for single quotes, which is why every path here is in them);
# any shell variable of our own would have to be written without braces.

# The command on the PATH, through update-alternatives where the system has it.
if command -v update-alternatives >/dev/null 2>&1; then
  update-alternatives --install '/usr/bin/${executable}' '${executable}' '/opt/${sanitizedProductName}/${executable}' 100 \
    || ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
else
  ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
fi

# Chromium's sandbox helper must belong to root with the setuid bit (mode 4755). Without
# it, Electron aborts at start on Ubuntu 24.04 and later (AppArmor limits unprivileged user
# namespaces) and whenever it runs as root. Set on every install, never by guessing, and
# the sandbox stays on either way.
chown root:root '/opt/${sanitizedProductName}/chrome-sandbox'
chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox'

if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database /usr/share/applications || true
fi
exit 0
