# Installation layout and the Debian package (CPack DEB), included from the
# top-level CMakeLists.txt so that CPackConfig.cmake lands in the build root:
#   cmake --build build --target package      (or: cd build && cpack -G DEB)
include(GNUInstallDirs)

set(liaison_app_id io.github.liaison.Liaison)
set(liaison_packaging_dir ${CMAKE_CURRENT_LIST_DIR})

install(TARGETS liaison liaison-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The desktop file id (its file name) is what the metainfo's <launchable> names.
install(FILES ${liaison_packaging_dir}/${liaison_app_id}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${liaison_packaging_dir}/${liaison_app_id}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${liaison_packaging_dir}/${liaison_app_id}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${liaison_packaging_dir}/liaison.1 ${liaison_packaging_dir}/liaison-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Debian keeps the licence in /usr/share/doc/<package>/copyright.
install(FILES ${liaison_packaging_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/liaison)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME liaison)
set(CPACK_PACKAGE_VENDOR "Liaison")
set(CPACK_PACKAGE_CONTACT "Liaison maintainers <liaison@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore tech-industry relationships from French and English news")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY liaison)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${liaison_packaging_dir}/copyright)
# Stripped binaries make a package a tenth of the size and compress in seconds.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/liaison/liaison")
# The first line is the synopsis; the rest, indented by CPack, the long text.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "explore tech-industry relationships from French and English news
Liaison reads French and English news articles (text, Markdown, HTML, PDF,
Word and OpenDocument files) and finds the companies, people and products
they name and the relations between them: acquisitions, investments, funding
rounds, hires, foundings, leadership roles, rivalries and partnerships, each
with the sentence that says so. It stores them in a local SQLite database and
shows them as a company list, an entity pane, a relationship graph and charts.
The package holds the desktop application (liaison) and a command-line tool
(liaison-cli) that extracts, imports, counts and exports.")
# Library dependencies computed from the binaries by dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins and data that no binary links, but that Liaison needs at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
