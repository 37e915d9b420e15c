package net.zeroxhost.portal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;

/**
 * One action per post. A browser sends the one button that was pressed; a hand-made post may name
 * every button of a form (wapiti's do, scripts/security-scan), and Faces would then run each action in
 * turn: a plan saved and then retired, and a 500 when the second action's redirect finds the
 * response already committed by the first. The first action of a request runs, any other is ignored.
 * Registered in faces-config.xml, around Faces' own action listener.
 */
public class OneActionPerPost implements ActionListener {

    private static final String RAN = OneActionPerPost.class.getName() + ".ran";

    private final ActionListener wrapped;

    public OneActionPerPost(ActionListener wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public void processAction(ActionEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getAttributes().putIfAbsent(RAN, Boolean.TRUE) != null) {
            return;
        }
        wrapped.processAction(event);
    }
}
