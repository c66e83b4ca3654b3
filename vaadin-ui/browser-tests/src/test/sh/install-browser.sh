#!/bin/sh
# What the browser tests need beside Java and Maven: Debian's chromium and chromium-driver (never a
# browser that a test tool downloads by itself). Installed from Debian's packages when missing, so
# that README's test command works on a fresh machine; as root, or through password-less sudo.
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests"
if [ "$(id -u)" = 0 ]; then
    SUDO=
elif sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "The browser tests need /usr/bin/chromium and /usr/bin/chromedriver: run 'apt-get install chromium chromium-driver' as root" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium chromium-driver
