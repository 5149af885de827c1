#include "app/gui/forms/FormRenderer.h"
#include "app/gui/forms/ItemEditor.h"
#include "forms/FormDefinition.h"
#include "forms/FormEvaluator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QtTest>

using namespace trialdesk;

namespace {
// One item of every type, a show-if on a choice, a computed score and missing-data codes: the
// renderer is tested on this rather than on a bundled form so that every editor is covered.
// The definition lives in data/formrenderer.json.

forms::FormDefinition definition()
{
    QFile file(QStringLiteral(TRIALDESK_SOURCE_DIR "/tests/gui/data/formrenderer.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    forms::Parsed<forms::FormDefinition> parsed = forms::FormDefinition::parse(file.readAll(), file.fileName());
    if (!parsed.ok())
        qFatal("%s", qPrintable(parsed.error()));
    return std::move(parsed).value();
}

forms::Answer value(const QString &text)
{
    return forms::Answer { text, QString() };
}

// The item whose editor holds the focus, or empty.
QString focusedItem()
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget())
        if (auto *editor = qobject_cast<gui::ItemEditor *>(widget))
            return editor->itemCode();
    return QString();
}
} // namespace

class TestFormRenderer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachTypeHasItsEditor();
    void eachTypeRoundTrips_data();
    void eachTypeRoundTrips();
    void typedValuesAreConverted();
    void missingCodeReplacesTheValue();
    void showIfIsAppliedLive();
    void computedScoreFollowsLive();
    void outOfRangeValueGetsAnInlineMessage();
    void failedCompleteCheckListsProblemsAtTheTop();
    void tabWalksTheItemsInOrder();
    void labelsFollowTheLanguage();
    void readOnlyDisablesEditing();
};

void TestFormRenderer::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
}

void TestFormRenderer::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
}

void TestFormRenderer::eachTypeHasItsEditor()
{
    gui::FormRenderer renderer(definition());
    auto editor = [&](const char *code) { return renderer.editor(QString::fromLatin1(code)); };
    QVERIFY(editor("nvisits")->findChild<QLineEdit *>(QStringLiteral("valueEdit")));
    QCOMPARE(editor("nvisits")->findChild<QLabel *>(QStringLiteral("unitLabel"))->text(), QStringLiteral("visits"));
    QCOMPARE(editor("nvisits")->findChild<QComboBox *>(QStringLiteral("missingCombo"))->count(), 3);
    QVERIFY(editor("nvisits")->labelText().endsWith(QStringLiteral(" *")));
    QVERIFY(!editor("weight")->labelText().endsWith(QStringLiteral(" *")));
    QVERIFY(!editor("weight")->findChild<QComboBox *>(QStringLiteral("missingCombo")));
    QCOMPARE(editor("weight")->findChild<QLabel *>(QStringLiteral("unitLabel"))->text(), QStringLiteral("kg"));
    QVERIFY(editor("note")->findChild<QLineEdit *>(QStringLiteral("valueEdit")));
    QVERIFY(editor("story")->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit")));
    auto *date = editor("onset")->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    QVERIFY(date && date->calendarPopup());
    QCOMPARE(editor("smoker")->findChildren<QRadioButton *>().size(), 2);
    QCOMPARE(editor("mode")->findChildren<QRadioButton *>().size(), 3);
    QVERIFY(editor("region")->findChild<QComboBox *>(QStringLiteral("choiceCombo")));
    QCOMPARE(editor("topics")->findChildren<QCheckBox *>().size(), 3);
    QCOMPARE(editor("pain")->findChildren<QRadioButton *>().size(), 11);
    QVERIFY(editor("health")->findChild<QSlider *>(QStringLiteral("scaleSlider")));
    QVERIFY(editor("health")->findChild<QSpinBox *>(QStringLiteral("scaleSpin")));
    QVERIFY(editor("total")->findChild<QLabel *>(QStringLiteral("computedValue")));
}

void TestFormRenderer::eachTypeRoundTrips_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("integer") << "nvisits"
                             << "7";
    QTest::newRow("integer zero") << "nvisits"
                                  << "0";
    QTest::newRow("decimal") << "weight"
                             << "72.5";
    QTest::newRow("text") << "note"
                          << "Lives alone";
    QTest::newRow("long text") << "story"
                               << "First line\nsecond line";
    QTest::newRow("date") << "onset"
                          << "2026-11-03";
    QTest::newRow("yes") << "smoker"
                         << "1";
    QTest::newRow("no") << "smoker"
                        << "0";
    QTest::newRow("single choice (radio)") << "mode"
                                           << "video";
    QTest::newRow("single choice (combo)") << "region"
                                           << "r7";
    QTest::newRow("multiple choice") << "topics"
                                     << "diet|stress";
    QTest::newRow("scale (radio row)") << "pain"
                                       << "0";
    QTest::newRow("scale (slider)") << "health"
                                    << "73";
}

void TestFormRenderer::eachTypeRoundTrips()
{
    QFETCH(QString, item);
    QFETCH(QString, canonical);
    gui::FormRenderer renderer(definition());
    renderer.setAnswers({ { item, value(canonical) } });
    const forms::Answers answers = renderer.answers();
    QCOMPARE(answers.value(item), value(canonical));
    // Nothing else appears (a slider or a date edit must not invent values).
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        QVERIFY2(it.key() == item || it.key() == QLatin1String("total"), qPrintable(it.key()));
    // And clearing empties it again.
    renderer.setAnswers({});
    QVERIFY(renderer.answers().isEmpty());
}

void TestFormRenderer::typedValuesAreConverted()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    gui::FormRenderer renderer(definition());
    auto *weight = renderer.editor(QStringLiteral("weight"))->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    QTest::keyClicks(weight, QStringLiteral("72,5"));
    QCOMPARE(renderer.answers().value(QStringLiteral("weight")), value(QStringLiteral("72.5")));
    // Shown back in the user's locale.
    renderer.setAnswers({ { QStringLiteral("weight"), value(QStringLiteral("80.5")) } });
    QCOMPARE(weight->text(), QStringLiteral("80,5"));
    QCOMPARE(renderer.answers().value(QStringLiteral("weight")), value(QStringLiteral("80.5")));

    auto *topics = renderer.editor(QStringLiteral("topics"));
    topics->findChildren<QCheckBox *>().at(2)->click();
    topics->findChildren<QCheckBox *>().at(0)->click();
    QCOMPARE(renderer.answers().value(QStringLiteral("topics")), value(QStringLiteral("diet|stress")));
}

void TestFormRenderer::missingCodeReplacesTheValue()
{
    gui::FormRenderer renderer(definition());
    gui::ItemEditor *count = renderer.editor(QStringLiteral("nvisits"));
    auto *edit = count->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    QTest::keyClicks(edit, QStringLiteral("4"));
    auto *missing = count->findChild<QComboBox *>(QStringLiteral("missingCombo"));
    missing->setCurrentIndex(missing->findData(QStringLiteral("refused")));
    QCOMPARE(renderer.answers().value(QStringLiteral("nvisits")),
             (forms::Answer { QString(), QStringLiteral("refused") }));
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!edit->isEnabled());

    renderer.setAnswers({ { QStringLiteral("nvisits"), forms::Answer { QString(), QStringLiteral("unknown") } } });
    QCOMPARE(missing->currentData().toString(), QStringLiteral("unknown"));
    QCOMPARE(renderer.answers().value(QStringLiteral("nvisits")).missingCode, QStringLiteral("unknown"));
    missing->setCurrentIndex(0);
    QVERIFY(edit->isEnabled());
    QVERIFY(!renderer.answers().contains(QStringLiteral("nvisits")));
}

void TestFormRenderer::showIfIsAppliedLive()
{
    gui::FormRenderer renderer(definition());
    const QString other = QStringLiteral("mode_other");
    QVERIFY(!renderer.isItemShown(other));
    QList<QRadioButton *> modes = renderer.editor(QStringLiteral("mode"))->findChildren<QRadioButton *>();
    modes.at(2)->click(); // other
    QVERIFY(renderer.isItemShown(other));
    QTest::keyClicks(renderer.editor(other)->findChild<QLineEdit *>(QStringLiteral("valueEdit")),
                     QStringLiteral("letter"));
    QCOMPARE(renderer.answers().value(other), value(QStringLiteral("letter")));
    modes.at(0)->click(); // phone: the specification goes away, and its value with it
    QVERIFY(!renderer.isItemShown(other));
    QVERIFY(!renderer.answers().contains(other));
    modes.at(2)->click();
    QVERIFY(renderer.isItemShown(other));
    QVERIFY(renderer.editor(other)->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text().isEmpty());
    // The answers pass the definition's own check: no value on a hidden item.
    modes.at(1)->click();
    QVERIFY(forms::FormEvaluator::validate(renderer.definition(), renderer.answers(), false).isEmpty());
}

void TestFormRenderer::computedScoreFollowsLive()
{
    gui::FormRenderer renderer(definition());
    auto *total = renderer.editor(QStringLiteral("total"))->findChild<QLabel *>(QStringLiteral("computedValue"));
    const QString before = total->text();
    QTest::keyClicks(renderer.editor(QStringLiteral("nvisits"))->findChild<QLineEdit *>(QStringLiteral("valueEdit")),
                     QStringLiteral("3"));
    renderer.editor(QStringLiteral("pain"))->findChild<QRadioButton *>(QStringLiteral("scale_4"))->click();
    QCOMPARE(renderer.answers().value(QStringLiteral("total")), value(QStringLiteral("7")));
    QCOMPARE(total->text(), QStringLiteral("7"));
    QVERIFY(before != total->text());
}

void TestFormRenderer::outOfRangeValueGetsAnInlineMessage()
{
    gui::FormRenderer renderer(definition());
    gui::ItemEditor *count = renderer.editor(QStringLiteral("nvisits"));
    auto *edit = count->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    QVERIFY(count->message().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("25"));
    // As the user types: the range comes from the definition.
    QVERIFY2(count->message().contains(QStringLiteral("10")), qPrintable(count->message()));
    QVERIFY(count->findChild<QLabel *>(QStringLiteral("itemMessage"))->isVisibleTo(count));
    // Untouched items carry no message, and the summary waits for a save.
    QVERIFY(renderer.editor(QStringLiteral("weight"))->message().isEmpty());
    QVERIFY(renderer.summaryText().isEmpty());
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY2(count->message().isEmpty(), qPrintable(count->message()));
}

void TestFormRenderer::failedCompleteCheckListsProblemsAtTheTop()
{
    gui::FormRenderer renderer(definition());
    QTest::keyClicks(renderer.editor(QStringLiteral("weight"))->findChild<QLineEdit *>(QStringLiteral("valueEdit")),
                     QStringLiteral("500"));
    // A draft may leave the required count empty but not an out-of-range weight.
    QList<forms::ItemProblem> draft = renderer.check(false);
    QCOMPARE(draft.size(), 1);
    QCOMPARE(draft.first().itemCode, QStringLiteral("weight"));
    const QList<forms::ItemProblem> complete = renderer.check(true);
    QVERIFY(complete.size() >= 2);
    QVERIFY(renderer.summaryText().contains(QStringLiteral("Number of visits")));
    QVERIFY(renderer.summaryText().contains(QStringLiteral("Weight")));
    QVERIFY(!renderer.editor(QStringLiteral("nvisits"))->message().isEmpty());
    // Fixing the values updates the summary live, down to nothing.
    QTest::keyClicks(renderer.editor(QStringLiteral("nvisits"))->findChild<QLineEdit *>(QStringLiteral("valueEdit")),
                     QStringLiteral("2"));
    QVERIFY(!renderer.summaryText().contains(QStringLiteral("Number of visits")));
    auto *weight = renderer.editor(QStringLiteral("weight"))->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("80"));
    QVERIFY2(renderer.summaryText().isEmpty(), qPrintable(renderer.summaryText()));
    QVERIFY(renderer.check(true).isEmpty());
}

void TestFormRenderer::tabWalksTheItemsInOrder()
{
    gui::FormRenderer renderer(definition());
    renderer.resize(900, 2000);
    renderer.show();
    QVERIFY(QTest::qWaitForWindowActive(&renderer));
    QStringList shown;
    for (const forms::Item &item : renderer.definition().items)
        if (renderer.isItemShown(item.code) && !item.isComputed())
            shown << item.code;
    renderer.focusItem(shown.first());
    QTRY_COMPARE(focusedItem(), shown.first());
    QStringList visited { shown.first() };
    for (int press = 0; press < 60 && visited.size() < shown.size(); ++press) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused, qPrintable(visited.join(QLatin1Char(','))));
        QTest::keyClick(focused, Qt::Key_Tab);
        const QString item = focusedItem();
        if (item.isEmpty() || item == visited.last())
            continue;
        visited << item;
    }
    QCOMPARE(visited.join(QLatin1Char(',')), shown.join(QLatin1Char(',')));
}

void TestFormRenderer::labelsFollowTheLanguage()
{
    gui::FormRenderer renderer(definition());
    gui::ItemEditor *count = renderer.editor(QStringLiteral("nvisits"));
    QCOMPARE(count->labelText(), QStringLiteral("Number of visits *"));
    QCOMPARE(renderer.editor(QStringLiteral("mode"))->findChildren<QRadioButton *>().at(0)->text(),
             QStringLiteral("Phone"));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    QEvent change(QEvent::LanguageChange);
    for (gui::ItemEditor *editor : renderer.editors())
        QCoreApplication::sendEvent(editor, &change);
    QCOMPARE(count->labelText(), QStringLiteral("Nombre de visites *"));
    QCOMPARE(renderer.editor(QStringLiteral("mode"))->findChildren<QRadioButton *>().at(0)->text(),
             QStringLiteral("Téléphone"));
    auto *region = renderer.editor(QStringLiteral("region"))->findChild<QComboBox *>(QStringLiteral("choiceCombo"));
    QCOMPARE(region->itemText(1), QStringLiteral("Un"));
}

void TestFormRenderer::readOnlyDisablesEditing()
{
    gui::FormRenderer renderer(definition());
    renderer.setAnswers({ { QStringLiteral("nvisits"), value(QStringLiteral("3")) } });
    renderer.setReadOnly(true);
    auto *edit = renderer.editor(QStringLiteral("nvisits"))->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!renderer.editor(QStringLiteral("nvisits"))
                 ->findChild<QComboBox *>(QStringLiteral("missingCombo"))
                 ->isEnabled());
    QVERIFY(!renderer.editor(QStringLiteral("mode"))->findChildren<QRadioButton *>().at(0)->isEnabled());
    QCOMPARE(renderer.answers().value(QStringLiteral("nvisits")), value(QStringLiteral("3")));
    renderer.setReadOnly(false);
    QVERIFY(edit->isEnabled());
}

QTEST_MAIN(TestFormRenderer)
#include "tst_formrenderer.moc"
