// The result type of every git operation: a value or a translated, user-readable error.
// Keeps libgit2's int error codes inside the wrappers.
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace Specwright {

struct GitError
{
    enum class Code
    {
        Failed,
        NotFound,
        NoRepository,
        Unborn,
        Bare,
        NoIdentity,
        MergeInProgress,
        DetachedHead,
        Binary,
        TooLarge,
        InvalidRevision
    };
    Code code = Code::Failed;
    QString message;
};

template<typename T> class GitResult
{
public:
    GitResult(T value)
        : m_value(std::move(value))
    {
    }
    GitResult(GitError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const GitError &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    GitError m_error;
};

// For operations that return nothing on success.
struct GitDone
{
};

} // namespace Specwright
