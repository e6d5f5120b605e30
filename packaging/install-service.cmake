# Installs the headless enforcer's systemd unit and its configuration. Runs at install time
# (cmake --install, cpack) because the paths in the unit depend on the prefix the files go to,
# which only then is final: cpack installs with the prefix /usr, a source install usually with
# /usr/local. Like GNUInstallDirs, the prefix /usr keeps its configuration in /etc.
# Input (set by packaging/CMakeLists.txt): IDLEGUARD_PACKAGING_SOURCE_DIR, IDLEGUARD_PACKAGING_BINARY_DIR,
# IDLEGUARD_POLICY_EXAMPLE, IDLEGUARD_INSTALL_BINDIR.

if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(sysconfdir "/etc/idleguard")
else()
    set(sysconfdir "${CMAKE_INSTALL_PREFIX}/etc/idleguard")
endif()

file(READ "${IDLEGUARD_PACKAGING_SOURCE_DIR}/linux/idleguard-enforcer.service.in" unit)
string(REPLACE "@IDLEGUARD_BINDIR@" "${CMAKE_INSTALL_PREFIX}/${IDLEGUARD_INSTALL_BINDIR}" unit "${unit}")
string(REPLACE "@IDLEGUARD_SYSCONFDIR@" "${sysconfdir}" unit "${unit}")
set(unit_file "${IDLEGUARD_PACKAGING_BINARY_DIR}/install/idleguard-enforcer.service")
file(WRITE "${unit_file}" "${unit}")

# systemd reads units from <prefix>/lib/systemd/system for /usr and /usr/local alike.
file(INSTALL "${unit_file}" DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/system"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
# The configuration the service starts from (conffiles in the package): the sandbox organisation on
# this computer and the example policy. The client secret is not here: the package's postinst
# makes enforcer.env, readable by root and the service's group only.
file(INSTALL "${IDLEGUARD_PACKAGING_SOURCE_DIR}/linux/enforcer.json" DESTINATION "${sysconfdir}"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
file(INSTALL "${IDLEGUARD_POLICY_EXAMPLE}" DESTINATION "${sysconfdir}"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
