"""Admin forms of the survey builder that enforce the domain's locks on answered options."""

from wagtail.admin.forms import WagtailAdminModelForm


class QuestionAdminForm(WagtailAdminModelForm):
    """A question with its options; an answered option cannot be deleted, only retired."""

    def is_valid(self):
        # The option forms are validated after the question's own clean(), so the check of
        # deleted options runs here, once every form has its cleaned data.
        valid = super().is_valid()
        options = self.formsets.get("options")
        if not valid or options is None:
            return valid
        for form in options.deleted_forms:
            problem = form.instance.delete_problem() if form.instance.pk else None
            if problem:
                # Shown at the top of the form; nothing is saved, the option stays.
                self.add_error(None, problem)
        return not self.errors
