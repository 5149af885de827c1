#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace trialdesk::forms {

// A value or a translated message telling what is wrong and where. The forms library links no
// core code, so it has its own small error value; core maps the message to an Error.
template <typename T> class [[nodiscard]] Parsed
{
public:
    Parsed(T value)
        : m_data(std::move(value))
    {
    }
    static Parsed failure(QString message) { return Parsed(Message { std::move(message) }); }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value from a temporary, so `for (x : f().value())` does not iterate a destroyed object.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }

    const QString &error() const { return std::get<Message>(m_data).text; }

private:
    struct Message
    {
        QString text;
    };
    explicit Parsed(Message message)
        : m_data(std::move(message))
    {
    }
    std::variant<T, Message> m_data;
};

} // namespace trialdesk::forms
