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
    out.m_tree.reset(tree, Deleter());
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
    git_tree_entry *entry = nullptr;
    if (git_tree_entry_bypath(&entry, m_tree.get(), path.toUtf8().constData()) < 0)
        return {};
    GitOid id;
    if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB)
        id = GitInternal::fromOid(git_tree_entry_id(entry));
    git_tree_entry_free(entry);
    return id;
}

QString GitTree::renamedFrom(const GitRepository &repository, const GitTree &parent,
                             const QString &path) const
{
    git_diff *diff = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (git_diff_tree_to_tree(&diff, repository.handle(), parent.m_tree.get(), m_tree.get(),
                              &options) < 0)
        return {};
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_COPIES;
    QString from;
    if (git_diff_find_similar(diff, &find) == 0) {
        const QByteArray wanted = path.toUtf8();
        for (size_t i = 0, n = git_diff_num_deltas(diff); i < n; ++i) {
            const git_diff_delta *delta = git_diff_get_delta(diff, i);
            if ((delta->status == GIT_DELTA_RENAMED || delta->status == GIT_DELTA_COPIED) &&
                wanted == delta->new_file.path) {
                from = QString::fromUtf8(delta->old_file.path);
                break;
            }
        }
    }
    git_diff_free(diff);
    return from;
}

} // namespace Specwright
