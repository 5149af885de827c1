#pragma once

#include "forms/Parsed.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace trialdesk::forms {

// A value seen by show-if conditions, rules and formulas. Null = unanswered (or hidden).
struct ExpressionValue
{
    enum class Kind { Null, Number, Text, Boolean };
    Kind kind = Kind::Null;
    double number = 0;
    QString text;
    bool boolean = false;

    static ExpressionValue null() { return {}; }
    static ExpressionValue fromNumber(double value) { return { Kind::Number, value, {}, false }; }
    static ExpressionValue fromText(QString value) { return { Kind::Text, 0, std::move(value), false }; }
    static ExpressionValue fromBoolean(bool value) { return { Kind::Boolean, 0, {}, value }; }
    bool isNull() const { return kind == Kind::Null; }
    // Conditions: true only for true, a non-zero number or a non-empty text; null is false.
    bool isTrue() const;
};

// The small, safe expression language of show-if conditions, rules and computed scores:
//   item codes, numbers, 'strings' or "strings", true, false,
//   + - * /, = != < <= > >=, and, or, not, parentheses, x in (1, 2, 'a'),
//   selected(item, 'code') and selected_count(item) (multiple choice), answered(x),
//   sum(...), mean(...), count(...), min(...), max(...).
// Comparisons with an unanswered item are false (so a show-if on it hides); texts compare as text
// (ISO dates order correctly). Parsed by recursive descent with a depth limit; nothing else runs.
class Expression
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::forms::Expression)

public:
    struct Node;
    using Lookup = std::function<ExpressionValue(const QString &itemCode)>;

    Expression();
    ~Expression();
    Expression(const Expression &other);
    Expression &operator=(const Expression &other);

    // Errors name the 1-based character position: "at character 7: expected ')'".
    static Parsed<Expression> parse(const QString &text);

    const QString &text() const { return m_text; }
    QStringList references() const; // item codes used, in order of appearance, without duplicates
    // The item codes passed to selected() or selected_count() as first argument (they must be multiple-choice items).
    QStringList selectedItems() const;

    // minAnswered: how many arguments of sum() and mean() must be answered (-1 = all).
    ExpressionValue evaluate(const Lookup &lookup, int minAnswered = -1) const;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace trialdesk::forms
