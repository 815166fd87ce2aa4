#pragma once

#include <QMainWindow>

// The editor's main window: finding companies and the open company tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    void showAbout();
};
