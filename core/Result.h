#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace trialdesk::core {

// Why an operation was refused. The code lets callers (and the CLI's exit codes) react;
// the message is already translated and tells the user what went wrong and what to do.
enum class ErrorCode {
    InvalidInput, // bad argument, malformed file, failed validation
    NotFound, // unknown user, participant, workspace ...
    PermissionDenied, // the role may not do this
    AuthenticationFailed,
    LockedOut,
    PasswordChangeRequired, // the password was reset: the user must choose their own first
    Conflict, // already exists, already randomized, frozen design ...
    Corrupt, // damaged or foreign file, broken audit chain
    Unsupported, // newer schema, unknown format version
    Storage, // database or file system failure
    Cancelled,
    // The trial server's connection is gone (serverConnectionLostError): nothing was changed; the
    // session may reconnect (TrialSession::reconnect) and the user try again.
    ConnectionLost,
    // The connection was lost while committing: the change may or may not have been recorded.
    CommitUnconfirmed,
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

// A value or an Error; callers must look before they take.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value from a temporary, so `for (x : f().value())` does not iterate a destroyed object.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const & { return std::get<T>(m_data); }
    T &operator*() & { return std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error { code, std::move(message) };
}

} // namespace trialdesk::core
