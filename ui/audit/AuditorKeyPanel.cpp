// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditorKeyPanel.h"

#include "ErrorText.h"
#include "audit/AuditCalls.h"
#include "audit/AuditorKeyFile.h"
#include "audit/KeychainAuditorKey.h"
#include "widgets/Style.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cowin::ui {

AuditorKeyPanel::AuditorKeyPanel(db::Session *session, const QString &user, const QString &server,
                                 QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(new audit::KeychainAuditorKey(user, server, this))
    , m_state(new QLabel(tr("Looking for your signing key in this computer's keychain…"), this))
    , m_create(makeButton(tr("Create &a signing key"), QStringLiteral("auditorKeyCreate"), this))
    , m_sign(makeButton(tr("Sign the current hea&d"), QStringLiteral("auditorKeySign"), this))
    , m_forget(makeButton(tr("Remove the key from this computer…"),
                          QStringLiteral("auditorKeyForget"), this))
    , m_openFile(makeButton(tr("Use a &key file…"), QStringLiteral("auditorKeyFileOpen"), this))
    , m_createFile(
          makeButton(tr("Create a key &file…"), QStringLiteral("auditorKeyFileCreate"), this))
    , m_result(new QLabel(this)) {
    setObjectName(QStringLiteral("auditorKey"));
    m_state->setObjectName(QStringLiteral("auditorKeyState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("auditorKeyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *explanation = new QLabel(
        tr("A checkpoint is your signature on the chain's newest event, its hash and the number "
           "of events. Stored with the trail and in every export, it lets anyone with your "
           "public key prove later that history up to it was not rewritten or cut, even by a "
           "database superuser. The private key stays in this computer's keychain, or in a key "
           "file only you can read."),
        this);
    explanation->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_forget);
    buttons->addWidget(m_openFile);
    buttons->addWidget(m_createFile);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch();
    showState();

    connect(m_create, &QPushButton::clicked, this, [this] {
        auto key = audit::AuditorKey::generate();
        if (!key)
            return showState(tr("OpenSSL could not create a key."));
        m_create->setEnabled(false);
        m_store->store(*key, [this, key](const QString &problem) {
            if (problem.isEmpty())
                m_key = key;
            showState(problem);
            Q_EMIT keyChanged(m_key.has_value());
        });
    });
    connect(m_sign, &QPushButton::clicked, this, &AuditorKeyPanel::signHead);
    connect(m_openFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Your signing key file"), {},
                                                          tr("PEM files (*.pem);;All files (*)"));
        if (!path.isEmpty())
            useKeyFile(path);
    });
    connect(m_createFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("A new signing key file"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
                .filePath(QStringLiteral("auditor-key.pem")),
            tr("PEM files (*.pem)"));
        if (!path.isEmpty())
            createKeyFile(path);
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (!m_keyFile.isEmpty()) {
            // A file's key is only held in memory: letting go of it touches no file.
            m_key.reset();
            m_keyFile.clear();
            showState();
            Q_EMIT keyChanged(false);
            return;
        }
        if (QMessageBox::question(
                this, tr("Remove the signing key"),
                tr("Checkpoints you signed stay valid, but you will not sign again with this "
                   "key. Remove it from this computer's keychain?")) != QMessageBox::Yes)
            return;
        m_store->forget([this](const QString &problem) {
            if (problem.isEmpty())
                m_key.reset();
            showState(problem);
            Q_EMIT keyChanged(m_key.has_value());
        });
    });
    m_store->load([this](std::optional<audit::AuditorKey> key, const QString &problem) {
        m_checked = true;
        // A key file chosen meanwhile stays the one in use.
        if (m_keyFile.isEmpty())
            m_key = std::move(key);
        showState(problem);
        Q_EMIT keyChanged(m_key.has_value());
    });
}

bool AuditorKeyPanel::useKeyFile(const QString &path) {
    QString problem;
    std::optional<audit::AuditorKey> key = audit::AuditorKeyFile::read(path, problem);
    if (!key) {
        m_result->setText(tr("The key file cannot be used: %1.").arg(problem));
        return false;
    }
    m_key = std::move(key);
    m_keyFile = path;
    m_result->clear();
    showState();
    Q_EMIT keyChanged(true);
    return true;
}

bool AuditorKeyPanel::createKeyFile(const QString &path) {
    QString problem;
    if (!audit::AuditorKeyFile::create(path, problem)) {
        m_result->setText(tr("No key file was made: %1.").arg(problem));
        return false;
    }
    return useKeyFile(path);
}

void AuditorKeyPanel::showState(const QString &problem) {
    const bool fromFile = m_key && !m_keyFile.isEmpty();
    m_create->setVisible(m_checked && !m_key);
    m_create->setEnabled(problem.isEmpty());
    m_sign->setVisible(m_key.has_value());
    m_forget->setVisible(m_key.has_value());
    m_forget->setText(fromFile ? tr("Stop using the key file")
                               : tr("Remove the key from this computer…"));
    m_openFile->setVisible((m_checked || !problem.isEmpty()) && !m_key);
    m_createFile->setVisible((m_checked || !problem.isEmpty()) && !m_key);
    if (fromFile) {
        m_state->setText(
            withCodeFont(tr("Your signing key from the file %1 is in use until you sign out. "
                            "Public key (give it to whoever checks your checkpoints): <tt>%2</tt>")
                             .arg(QDir::toNativeSeparators(m_keyFile).toHtmlEscaped(),
                                  QString::fromLatin1(m_key->publicKey().toHex()))));
        return;
    }
    if (!problem.isEmpty()) {
        m_state->setText(tr("This computer's keychain cannot be used: %1. Use a key file "
                            "instead: it is read here and kept in memory until you sign out; "
                            "only you may be able to read it.")
                             .arg(problem));
        return;
    }
    if (!m_checked)
        return;
    m_state->setText(
        m_key ? withCodeFont(tr("Your signing key is in this computer's keychain. Public key "
                                "(give it to whoever checks your checkpoints): <tt>%1</tt>")
                                 .arg(QString::fromLatin1(m_key->publicKey().toHex())))
              : tr("There is no signing key of yours in this computer's keychain. "
                   "Create one there, or use a key file."));
}

void AuditorKeyPanel::signHead() {
    if (!m_key)
        return;
    m_sign->setEnabled(false);
    m_result->setText(tr("Signing…"));
    const audit::AuditorKey key = *m_key;
    // Signed here, on the database thread, right after the head is read; the key never leaves
    // this computer.
    m_session->call(&audit::AuditCalls::signHead, key)
        .then(this, [this](const db::Result<audit::Checkpoint> &r) {
            m_sign->setEnabled(true);
            if (!r.isOk()) {
                m_result->setText(errorText(r.error()));
                return;
            }
            m_result->setText(tr("Checkpoint recorded: event #%1, %2 events, hash %3.")
                                  .arg(r.value().lastId)
                                  .arg(QLocale().toString(r.value().events))
                                  .arg(QString::fromLatin1(r.value().lastHash.toHex().left(16)) +
                                       QStringLiteral("…")));
            Q_EMIT checkpointRecorded(r.value().lastId);
        });
}

} // namespace cowin::ui
