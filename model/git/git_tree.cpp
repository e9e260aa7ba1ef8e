#include "git_tree.h"

#include "git_internal.h"
#include "git_library.h"
#include "git_repository.h"

namespace Specwright {

void GitTree::Deleter::operator()(git_tree *t) const
{
    git_tree_free(t);
}

GitResult<GitTree> GitTree::lookup(const GitRepository &repository, const GitOid &id)
{
    git_tree *tree = nullptr;
    const git_oid oid = GitInternal::toOid(id);
    const int rc = git_tree_lookup(&tree, repository.handle(), &oid);
    if (rc < 0)
        return GitLibrary::lastError(tr("Cannot read tree %1").arg(id.shortHex()), rc);
    GitTree out;
    out.m_tree.reset(tree, Deleter{repository.m_repo});
    return out;
}

GitOid GitTree::id() const
{
    return GitInternal::fromOid(git_tree_id(m_tree.get()));
}

GitOid GitTree::blobAt(const QString &path) const
{
    if (!m_tree)
        return {};
    GitInternal::TreeEntryHandle entry;
    if (git_tree_entry_bypath(GitInternal::out(entry), m_tree.get(), path.toUtf8().constData()) < 0)
        return {};
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return {};
    return GitInternal::fromOid(git_tree_entry_id(entry.get()));
}

QString GitTree::renamedFrom(const GitRepository &repository, const GitTree &parent,
                             const QString &path) const
{
    GitInternal::DiffHandle diff;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (git_diff_tree_to_tree(GitInternal::out(diff), repository.handle(), parent.m_tree.get(),
                              m_tree.get(), &options) < 0)
        return {};
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_COPIES;
    if (git_diff_find_similar(diff.get(), &find) != 0)
        return {};
    const QByteArray wanted = path.toUtf8();
    for (size_t i = 0, n = git_diff_num_deltas(diff.get()); i < n; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if ((delta->status == GIT_DELTA_RENAMED || delta->status == GIT_DELTA_COPIED) &&
            wanted == delta->new_file.path)
            return QString::fromUtf8(delta->old_file.path);
    }
    return {};
}

} // namespace Specwright
