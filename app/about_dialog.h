// Help > About: the version and the licences of the libraries Specwright is built on.
#pragma once

#include <QDialog>

namespace Specwright {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    struct Component
    {
        QString name;
        QString purpose;
        QString licence;
        QString url;
    };
    // The third-party components, in the order shown.
    static QList<Component> components();
};

} // namespace Specwright
