namespace Dashboard.Web.Model.Actions;

public enum ActionFlowStage
{
    Idle,
    Previewing,
    AwaitingConfirmation,
    Committing,
    Tracking,
    Done,
    Failed,
}
