#include "forms/Expression.h"

#include <QList>

#include <cmath>
#include <limits>

namespace trialdesk::forms {

bool ExpressionValue::isTrue() const
{
    switch (kind) {
    case Kind::Null:
        return false;
    case Kind::Number:
        return number != 0 && !std::isnan(number);
    case Kind::Text:
        return !text.isEmpty();
    case Kind::Boolean:
        return boolean;
    }
    return false;
}

struct Expression::Node
{
    enum class Op {
        Number,
        Text,
        Boolean,
        Item,
        Negate,
        Not,
        And,
        Or,
        Add,
        Subtract,
        Multiply,
        Divide,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        In,
        Call,
    };
    Op op = Op::Number;
    double number = 0;
    QString text; // Text literal, Item code, Call function name
    bool boolean = false;
    QList<std::shared_ptr<const Node>> children;
};

namespace {

using Node = Expression::Node;
using NodePtr = std::shared_ptr<const Node>;

// Deep enough for any real condition, shallow enough that hostile input cannot exhaust the stack.
constexpr int maxDepth = 64;
constexpr int maxLength = 4000;

const QStringList &functionNames()
{
    static const QStringList names { QStringLiteral("sum"),      QStringLiteral("mean"),
                                     QStringLiteral("count"),    QStringLiteral("min"),
                                     QStringLiteral("max"),      QStringLiteral("answered"),
                                     QStringLiteral("selected"), QStringLiteral("selected_count") };
    return names;
}

bool isIdentifierStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    NodePtr parseAll()
    {
        if (m_text.size() > maxLength) {
            fail(0, Expression::tr("the expression is longer than %1 characters").arg(maxLength));
            return nullptr;
        }
        skipSpace();
        if (atEnd()) {
            fail(m_pos, Expression::tr("the expression is empty"));
            return nullptr;
        }
        NodePtr root = parseOr(0);
        if (!root)
            return nullptr;
        skipSpace();
        if (!atEnd()) {
            fail(m_pos, Expression::tr("unexpected \"%1\"").arg(m_text.mid(m_pos, 12)));
            return nullptr;
        }
        return root;
    }

    const QString &error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    void fail(qsizetype position, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = Expression::tr("at character %1: %2").arg(position + 1).arg(message);
    }

    // The next word (identifier or keyword) without consuming it.
    QString peekWord()
    {
        skipSpace();
        qsizetype end = m_pos;
        if (end < m_text.size() && isIdentifierStart(m_text.at(end))) {
            while (end < m_text.size() && isIdentifierPart(m_text.at(end)))
                ++end;
        }
        return m_text.mid(m_pos, end - m_pos);
    }

    bool acceptWord(const QString &word)
    {
        if (peekWord() != word)
            return false;
        m_pos += word.size();
        return true;
    }

    bool accept(QLatin1StringView symbol)
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_pos).startsWith(symbol))
            return false;
        m_pos += symbol.size();
        return true;
    }

    bool expect(QLatin1StringView symbol)
    {
        if (accept(symbol))
            return true;
        fail(m_pos,
             atEnd() ? Expression::tr("expected \"%1\" but the expression ends").arg(symbol)
                     : Expression::tr("expected \"%1\"").arg(symbol));
        return false;
    }

    bool deeper(int depth)
    {
        if (depth < maxDepth)
            return true;
        fail(m_pos, Expression::tr("the expression is nested too deeply"));
        return false;
    }

    static NodePtr make(Node::Op op, QList<NodePtr> children)
    {
        auto node = std::make_shared<Node>();
        node->op = op;
        node->children = std::move(children);
        return node;
    }

    NodePtr parseOr(int depth)
    {
        if (!deeper(depth))
            return nullptr;
        NodePtr left = parseAnd(depth + 1);
        while (left && acceptWord(QStringLiteral("or"))) {
            NodePtr right = parseAnd(depth + 1);
            if (!right)
                return nullptr;
            left = make(Node::Op::Or, { left, right });
        }
        return left;
    }

    NodePtr parseAnd(int depth)
    {
        NodePtr left = parseNot(depth + 1);
        while (left && acceptWord(QStringLiteral("and"))) {
            NodePtr right = parseNot(depth + 1);
            if (!right)
                return nullptr;
            left = make(Node::Op::And, { left, right });
        }
        return left;
    }

    NodePtr parseNot(int depth)
    {
        if (!deeper(depth))
            return nullptr;
        if (acceptWord(QStringLiteral("not"))) {
            NodePtr operand = parseNot(depth + 1);
            return operand ? make(Node::Op::Not, { operand }) : nullptr;
        }
        return parseComparison(depth + 1);
    }

    NodePtr parseComparison(int depth)
    {
        NodePtr left = parseSum(depth + 1);
        if (!left)
            return nullptr;
        struct Symbol
        {
            QLatin1StringView text;
            Node::Op op;
        };
        // Longest first, so "<=" is not read as "<".
        static const Symbol symbols[] = {
            { QLatin1StringView("!="), Node::Op::NotEqual },     { QLatin1StringView("<="), Node::Op::LessEqual },
            { QLatin1StringView(">="), Node::Op::GreaterEqual }, { QLatin1StringView("="), Node::Op::Equal },
            { QLatin1StringView("<"), Node::Op::Less },          { QLatin1StringView(">"), Node::Op::Greater },
        };
        for (const Symbol &symbol : symbols) {
            if (accept(symbol.text)) {
                NodePtr right = parseSum(depth + 1);
                return right ? make(symbol.op, { left, right }) : nullptr;
            }
        }
        if (acceptWord(QStringLiteral("in"))) {
            if (!expect(QLatin1StringView("(")))
                return nullptr;
            QList<NodePtr> children { left };
            do {
                NodePtr element = parseSum(depth + 1);
                if (!element)
                    return nullptr;
                children.append(element);
            } while (accept(QLatin1StringView(",")));
            if (!expect(QLatin1StringView(")")))
                return nullptr;
            return make(Node::Op::In, children);
        }
        return left;
    }

    NodePtr parseSum(int depth)
    {
        if (!deeper(depth))
            return nullptr;
        NodePtr left = parseProduct(depth + 1);
        while (left) {
            Node::Op op;
            if (accept(QLatin1StringView("+")))
                op = Node::Op::Add;
            else if (accept(QLatin1StringView("-")))
                op = Node::Op::Subtract;
            else
                break;
            NodePtr right = parseProduct(depth + 1);
            if (!right)
                return nullptr;
            left = make(op, { left, right });
        }
        return left;
    }

    NodePtr parseProduct(int depth)
    {
        NodePtr left = parseUnary(depth + 1);
        while (left) {
            Node::Op op;
            if (accept(QLatin1StringView("*")))
                op = Node::Op::Multiply;
            else if (accept(QLatin1StringView("/")))
                op = Node::Op::Divide;
            else
                break;
            NodePtr right = parseUnary(depth + 1);
            if (!right)
                return nullptr;
            left = make(op, { left, right });
        }
        return left;
    }

    NodePtr parseUnary(int depth)
    {
        if (!deeper(depth))
            return nullptr;
        if (accept(QLatin1StringView("-"))) {
            NodePtr operand = parseUnary(depth + 1);
            return operand ? make(Node::Op::Negate, { operand }) : nullptr;
        }
        return parsePrimary(depth + 1);
    }

    NodePtr parsePrimary(int depth)
    {
        skipSpace();
        if (atEnd()) {
            fail(m_pos, Expression::tr("a value is missing at the end"));
            return nullptr;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = parseOr(depth + 1);
            if (!inner || !expect(QLatin1StringView(")")))
                return nullptr;
            return inner;
        }
        if (c.isDigit() || c == QLatin1Char('.'))
            return parseNumber();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return parseText();
        if (isIdentifierStart(c))
            return parseName(depth);
        fail(m_pos, Expression::tr("unexpected \"%1\"").arg(c));
        return nullptr;
    }

    NodePtr parseNumber()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
            ++m_pos;
        bool ok = false;
        const double value = m_text.mid(start, m_pos - start).toDouble(&ok);
        if (!ok || (!atEnd() && isIdentifierStart(m_text.at(m_pos)))) {
            fail(start, Expression::tr("\"%1\" is not a number").arg(m_text.mid(start, m_pos - start + 1)));
            return nullptr;
        }
        auto node = std::make_shared<Node>();
        node->op = Node::Op::Number;
        node->number = value;
        return node;
    }

    NodePtr parseText()
    {
        const qsizetype start = m_pos;
        const QChar quote = m_text.at(m_pos++);
        const qsizetype end = m_text.indexOf(quote, m_pos);
        if (end < 0) {
            fail(start, Expression::tr("the text is not closed by %1").arg(quote));
            return nullptr;
        }
        auto node = std::make_shared<Node>();
        node->op = Node::Op::Text;
        node->text = m_text.mid(m_pos, end - m_pos);
        m_pos = end + 1;
        return node;
    }

    NodePtr parseName(int depth)
    {
        const qsizetype start = m_pos;
        const QString name = peekWord();
        m_pos += name.size();
        if (name == QLatin1String("true") || name == QLatin1String("false")) {
            auto node = std::make_shared<Node>();
            node->op = Node::Op::Boolean;
            node->boolean = name == QLatin1String("true");
            return node;
        }
        if (name == QLatin1String("and") || name == QLatin1String("or") || name == QLatin1String("not")
            || name == QLatin1String("in")) {
            fail(start, Expression::tr("\"%1\" needs a value before it").arg(name));
            return nullptr;
        }
        skipSpace();
        if (!atEnd() && m_text.at(m_pos) == QLatin1Char('(')) {
            if (!functionNames().contains(name)) {
                fail(start,
                     Expression::tr("unknown function \"%1\" (known: %2)")
                         .arg(name, functionNames().join(QStringLiteral(", "))));
                return nullptr;
            }
            ++m_pos;
            auto node = std::make_shared<Node>();
            node->op = Node::Op::Call;
            node->text = name;
            if (!accept(QLatin1StringView(")"))) {
                do {
                    NodePtr argument = parseOr(depth + 1);
                    if (!argument)
                        return nullptr;
                    node->children.append(argument);
                } while (accept(QLatin1StringView(",")));
                if (!expect(QLatin1StringView(")")))
                    return nullptr;
            }
            return checkCall(start, node);
        }
        auto node = std::make_shared<Node>();
        node->op = Node::Op::Item;
        node->text = name;
        return node;
    }

    NodePtr checkCall(qsizetype start, const std::shared_ptr<Node> &node)
    {
        const QString &name = node->text;
        const qsizetype count = node->children.size();
        if (name == QLatin1String("selected")) {
            if (count != 2 || node->children.at(0)->op != Node::Op::Item
                || node->children.at(1)->op != Node::Op::Text) {
                fail(start,
                     Expression::tr("selected() takes an item and a quoted choice code: selected(item, 'code')"));
                return nullptr;
            }
        } else if (name == QLatin1String("selected_count")) {
            if (count != 1 || node->children.at(0)->op != Node::Op::Item) {
                fail(start, Expression::tr("selected_count() takes one multiple-choice item: selected_count(item)"));
                return nullptr;
            }
        } else if (name == QLatin1String("answered")) {
            if (count != 1) {
                fail(start, Expression::tr("answered() takes exactly one value"));
                return nullptr;
            }
        } else if (count == 0) {
            fail(start, Expression::tr("%1() needs at least one value").arg(name));
            return nullptr;
        }
        return node;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

void collect(const Node &node, QStringList &items, QStringList &selected)
{
    if (node.op == Node::Op::Item && !items.contains(node.text))
        items.append(node.text);
    if (node.op == Node::Op::Call
        && (node.text == QLatin1String("selected") || node.text == QLatin1String("selected_count"))
        && !node.children.isEmpty() && !selected.contains(node.children.at(0)->text))
        selected.append(node.children.at(0)->text);
    for (const NodePtr &child : node.children)
        collect(*child, items, selected);
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

std::optional<int> compare(const ExpressionValue &left, const ExpressionValue &right)
{
    using Kind = ExpressionValue::Kind;
    if (left.isNull() || right.isNull())
        return std::nullopt;
    auto asNumber = [](const ExpressionValue &value) -> std::optional<double> {
        if (value.kind == Kind::Number)
            return value.number;
        if (value.kind == Kind::Boolean)
            return value.boolean ? 1.0 : 0.0;
        bool ok = false;
        const double number = value.text.toDouble(&ok);
        return ok ? std::optional<double>(number) : std::nullopt;
    };
    if (left.kind != Kind::Text || right.kind != Kind::Text) {
        const auto a = asNumber(left);
        const auto b = asNumber(right);
        if (a && b) {
            if (std::isnan(*a) || std::isnan(*b))
                return std::nullopt;
            return *a < *b ? -1 : (*a > *b ? 1 : 0);
        }
    }
    auto asText = [](const ExpressionValue &value) {
        if (value.kind == Kind::Text)
            return value.text;
        if (value.kind == Kind::Boolean)
            return value.boolean ? QStringLiteral("1") : QStringLiteral("0");
        return numberText(value.number);
    };
    const int result = QString::compare(asText(left), asText(right));
    return result < 0 ? -1 : (result > 0 ? 1 : 0);
}

std::optional<double> numeric(const ExpressionValue &value)
{
    using Kind = ExpressionValue::Kind;
    switch (value.kind) {
    case Kind::Number:
        return value.number;
    case Kind::Boolean:
        return value.boolean ? 1.0 : 0.0;
    case Kind::Text: {
        bool ok = false;
        const double number = value.text.toDouble(&ok);
        return ok ? std::optional<double>(number) : std::nullopt;
    }
    case Kind::Null:
        break;
    }
    return std::nullopt;
}

ExpressionValue number(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return ExpressionValue::null();
    return ExpressionValue::fromNumber(*value);
}

class Evaluator
{
public:
    Evaluator(const Expression::Lookup &lookup, int minAnswered)
        : m_lookup(lookup)
        , m_minAnswered(minAnswered)
    {
    }

    ExpressionValue eval(const Node &node) const
    {
        using Op = Node::Op;
        switch (node.op) {
        case Op::Number:
            return ExpressionValue::fromNumber(node.number);
        case Op::Text:
            return ExpressionValue::fromText(node.text);
        case Op::Boolean:
            return ExpressionValue::fromBoolean(node.boolean);
        case Op::Item:
            return m_lookup ? m_lookup(node.text) : ExpressionValue::null();
        case Op::Negate: {
            const auto value = numeric(eval(*node.children.at(0)));
            return value ? number(-*value) : ExpressionValue::null();
        }
        case Op::Not:
            return ExpressionValue::fromBoolean(!eval(*node.children.at(0)).isTrue());
        case Op::And:
            return ExpressionValue::fromBoolean(eval(*node.children.at(0)).isTrue()
                                                && eval(*node.children.at(1)).isTrue());
        case Op::Or:
            return ExpressionValue::fromBoolean(eval(*node.children.at(0)).isTrue()
                                                || eval(*node.children.at(1)).isTrue());
        case Op::Add:
        case Op::Subtract:
        case Op::Multiply:
        case Op::Divide:
            return arithmetic(node);
        case Op::Equal:
        case Op::NotEqual:
        case Op::Less:
        case Op::LessEqual:
        case Op::Greater:
        case Op::GreaterEqual:
            return comparison(node);
        case Op::In: {
            const ExpressionValue value = eval(*node.children.at(0));
            for (qsizetype i = 1; i < node.children.size(); ++i) {
                if (compare(value, eval(*node.children.at(i))) == 0)
                    return ExpressionValue::fromBoolean(true);
            }
            return ExpressionValue::fromBoolean(false);
        }
        case Op::Call:
            return call(node);
        }
        return ExpressionValue::null();
    }

private:
    ExpressionValue arithmetic(const Node &node) const
    {
        const auto a = numeric(eval(*node.children.at(0)));
        const auto b = numeric(eval(*node.children.at(1)));
        if (!a || !b)
            return ExpressionValue::null();
        switch (node.op) {
        case Node::Op::Add:
            return number(*a + *b);
        case Node::Op::Subtract:
            return number(*a - *b);
        case Node::Op::Multiply:
            return number(*a * *b);
        default:
            return *b == 0 ? ExpressionValue::null() : number(*a / *b);
        }
    }

    ExpressionValue comparison(const Node &node) const
    {
        const auto order = compare(eval(*node.children.at(0)), eval(*node.children.at(1)));
        if (!order)
            return ExpressionValue::fromBoolean(false);
        switch (node.op) {
        case Node::Op::Equal:
            return ExpressionValue::fromBoolean(*order == 0);
        case Node::Op::NotEqual:
            return ExpressionValue::fromBoolean(*order != 0);
        case Node::Op::Less:
            return ExpressionValue::fromBoolean(*order < 0);
        case Node::Op::LessEqual:
            return ExpressionValue::fromBoolean(*order <= 0);
        case Node::Op::Greater:
            return ExpressionValue::fromBoolean(*order > 0);
        default:
            return ExpressionValue::fromBoolean(*order >= 0);
        }
    }

    ExpressionValue call(const Node &node) const
    {
        const QString &name = node.text;
        if (name == QLatin1String("selected")) {
            const ExpressionValue value = eval(*node.children.at(0));
            if (value.kind != ExpressionValue::Kind::Text)
                return ExpressionValue::fromBoolean(false);
            return ExpressionValue::fromBoolean(value.text.split(QLatin1Char('|')).contains(node.children.at(1)->text));
        }
        if (name == QLatin1String("selected_count")) {
            const ExpressionValue value = eval(*node.children.at(0));
            if (value.kind != ExpressionValue::Kind::Text || value.text.isEmpty())
                return ExpressionValue::null();
            return ExpressionValue::fromNumber(value.text.split(QLatin1Char('|')).size());
        }
        if (name == QLatin1String("answered"))
            return ExpressionValue::fromBoolean(!eval(*node.children.at(0)).isNull());
        QList<double> values;
        for (const NodePtr &child : node.children) {
            if (const auto value = numeric(eval(*child)))
                values.append(*value);
        }
        if (name == QLatin1String("count"))
            return ExpressionValue::fromNumber(values.size());
        const qsizetype needed = m_minAnswered < 0 ? node.children.size() : qMax(1, m_minAnswered);
        if (values.isEmpty()
            || ((name == QLatin1String("sum") || name == QLatin1String("mean")) && values.size() < needed))
            return ExpressionValue::null();
        double result = name == QLatin1String("min") ? std::numeric_limits<double>::infinity()
            : name == QLatin1String("max")           ? -std::numeric_limits<double>::infinity()
                                                     : 0.0;
        for (double value : values) {
            if (name == QLatin1String("min"))
                result = qMin(result, value);
            else if (name == QLatin1String("max"))
                result = qMax(result, value);
            else
                result += value;
        }
        if (name == QLatin1String("mean"))
            result /= values.size();
        return number(result);
    }

    const Expression::Lookup &m_lookup;
    int m_minAnswered;
};

} // namespace

Expression::Expression() = default;
Expression::~Expression() = default;
Expression::Expression(const Expression &other) = default;
Expression &Expression::operator=(const Expression &other) = default;

Parsed<Expression> Expression::parse(const QString &text)
{
    Parser parser(text);
    NodePtr root = parser.parseAll();
    if (!root)
        return Parsed<Expression>::failure(parser.error());
    Expression expression;
    expression.m_text = text;
    expression.m_root = std::move(root);
    return expression;
}

QStringList Expression::references() const
{
    QStringList items;
    QStringList selected;
    if (m_root)
        collect(*m_root, items, selected);
    return items;
}

QStringList Expression::selectedItems() const
{
    QStringList items;
    QStringList selected;
    if (m_root)
        collect(*m_root, items, selected);
    return selected;
}

ExpressionValue Expression::evaluate(const Lookup &lookup, int minAnswered) const
{
    if (!m_root)
        return ExpressionValue::null();
    return Evaluator(lookup, minAnswered).eval(*m_root);
}

} // namespace trialdesk::forms
