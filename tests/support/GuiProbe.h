#pragma once

// What GUI tests need to look at and drive the real widgets as a user would: find a named child,
// collect every text a user could read, answer a modal dialog, count the pages of a written PDF.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace trialdesk::test {

// The child of `parent` with this object name; stops the test run when there is none (a renamed
// widget must fail loudly, not make every later check vacuous).
template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Every text a user could read in the widget tree: labels, buttons, fields and their placeholders,
// combo items, group titles, tooltips, window titles, list items, and the cells and headers of
// every item view.
inline QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text() << edit->placeholderText();
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text() << list->item(i)->toolTip();
            continue;
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                        texts << model->index(row, column).data(role).toString();
        }
    }
    return texts;
}

// Runs a modal dialog's exec() started by trigger, handing the open dialog to handle; closes it
// if handle left it open. Returns whether the dialog appeared.
template <typename Dialog> bool driveDialog(const std::function<void()> &trigger, std::function<void(Dialog *)> handle)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        handle(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    trigger();
    return seen;
}

// Page objects of a PDF written by QPdfWriter ("/Type /Page", not the "/Type /Pages" tree); -1
// when the file cannot be read or is not a PDF.
inline int pdfPageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray content = file.readAll();
    if (!content.startsWith("%PDF-"))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return static_cast<int>(QString::fromLatin1(content).count(page));
}

} // namespace trialdesk::test
