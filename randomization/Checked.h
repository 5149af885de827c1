#pragma once

#include "randomization/Problem.h"

#include <utility>
#include <variant>

namespace trialdesk::randomization {

// A value, or every problem found while making it. Callers must look before they take.
template <typename T> class [[nodiscard]] Checked
{
public:
    Checked(T value)
        : m_data(std::move(value))
    {
    }
    Checked(Problem problem)
        : m_data(QList<Problem> { std::move(problem) })
    {
    }
    Checked(QList<Problem> problems)
        : m_data(std::move(problems))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }

    const QList<Problem> &problems() const { return std::get<QList<Problem>>(m_data); }
    // Empty when ok(), so it may be evaluated unconditionally (as QVERIFY2 does).
    QString message() const { return ok() ? QString() : describe(problems()); }

private:
    std::variant<T, QList<Problem>> m_data;
};

} // namespace trialdesk::randomization
