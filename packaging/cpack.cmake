# The Debian package (idleguard_<version>_<arch>.deb) from the install rules:
#   cmake --build build && (cd build && cpack -G DEB)
# docs/packaging.md describes its layout, maintainer scripts and lintian's view of it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME idleguard)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Idle Guard developers")
set(CPACK_PACKAGE_CONTACT "The Idle Guard developers <idleguard@example.invalid>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "supervisor dashboard for idle Genesys Cloud conversations")
# The extended description, for a supervisor reading it in a package manager. Lines under 80
# characters; CPack indents them and turns an empty line into Debian's " .". No double quotes:
# they do not survive CPackConfig.cmake.
set(CPACK_PACKAGE_DESCRIPTION [=[
Idle Guard watches the message conversations (web messaging, SMS, social
channels) in the Genesys Cloud queues a contact-centre supervisor picks, and
keeps them moving: it reminds customers who stopped answering, closes the
conversation when the customer is gone so that the agent is free for the next
one, and flags agents who leave a customer waiting. A live table shows every
conversation with a countdown to its next step; the supervisor can warn,
snooze, exempt or disconnect by hand.

The package contains:
  - the dashboard, in the application menu as Idle Guard;
  - its demo on a built-in sandbox organisation (Demo in the same menu
    entry, or idleguard --demo): try it without a Genesys Cloud account;
  - the enforcer for a server, which applies the same rules around the clock
    without a window (the service idleguard-enforcer, off until an
    administrator configures and enables it);
  - idleguard-sandbox, the emulated Genesys Cloud organisation on its own.
]=])

# Install with the prefix /usr into the package, whatever prefix the build tree was configured
# with; the unit's paths follow it (install-service.cmake).
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Libraries the executables link: computed by dpkg-shlibdeps. Then what they load at run time,
# which dpkg-shlibdeps cannot see: the SQLite driver (audit journal), the SVG icon engine (the
# window's icons) and libsecret (the keychain); adduser for the service's user (postinst).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
# A Secret Service keeps the window's token; Wayland sessions get a native window; xdg-open opens
# the sign-in page in the browser.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, xdg-utils")

set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/conffiles"
    "${CMAKE_CURRENT_LIST_DIR}/debian/postinst"
    "${CMAKE_CURRENT_LIST_DIR}/debian/prerm"
    "${CMAKE_CURRENT_LIST_DIR}/debian/postrm")
# Maintainer scripts 0755, conffiles 0644, whatever the checkout's modes.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
