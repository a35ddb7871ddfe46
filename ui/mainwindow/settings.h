#pragma once

#include <QGuiApplication>
#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace lectern::settings {

// A settings key declared once with its default (STYLE.md 6). Preferences and window state
// live in different groups so "reset preferences" never forgets where the docks were.
template<typename T>
struct Key {
    const char *name;
    T fallback;

    T get() const { return QSettings().value(QLatin1String(name), QVariant::fromValue(fallback)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(QLatin1String(name), QVariant::fromValue(value)); }
};

// Preferences.
inline const Key<QString> uiLanguage{"preferences/uiLanguage", QString()}; // empty: the system's
inline const Key<int> readerZoom{"preferences/readerZoom", 0};
inline const Key<int> readerColumnWidth{"preferences/readerColumnWidth", 46}; // in em
inline const Key<double> claimThreshold{"claims/threshold", -1}; // least score highlighted; < 0: the model's own
inline const Key<bool> claimsByLikelihood{"claims/byLikelihood", false};
inline const Key<bool> claimsWholeProject{"claims/wholeProject", false};
inline const Key<bool> showClaims{"preferences/showClaims", true};
inline const Key<int> backupsToKeep{"preferences/backupsToKeep", 5}; // dated copies made on open

// Window and session state.
inline const Key<QByteArray> windowGeometry{"state/windowGeometry", QByteArray()};
inline const Key<QByteArray> windowState{"state/windowState", QByteArray()};
// The dock layout of a right-to-left UI, kept apart: there the docks sit mirrored.
inline const Key<QByteArray> windowStateRtl{"state/windowStateRtl", QByteArray()};
inline const Key<QByteArray> &dockState()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft ? windowStateRtl : windowState;
}
inline const Key<QStringList> recentProjects{"state/recentProjects", QStringList()};
inline const Key<QString> lastFolder{"state/lastFolder", QString()};

constexpr int MaxRecentProjects = 8;

} // namespace lectern::settings
