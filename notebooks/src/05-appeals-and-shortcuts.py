# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.

# %% [markdown]
# # Lesson 05 · Appeals and shortcuts
#
# Some techniques work on feelings (fear, pity, pride, the wish to belong); others end the
# thinking early (only two options, a stock phrase, a change of subject).
#
# **Objectives.** By the end of this lesson you can:
#
# - recognise six **appeals** (fear, authority, flag-waving, bandwagon, the hated comparison,
#   pity) and four **shortcuts** (black-and-white, thought-terminating cliché, whataboutism and
#   straw man, slogan);
# - find the same appeal on both sides of the case study;
# - tell a fair appeal (a relevant expert, a real risk shown with evidence) from a technique.
#
# **Minutes:** about 40.
#
# **What you need:** lessons 00 to 04.
#
# **Where this fits:** the last of the three lessons on the families. Lesson 06 puts the three
# texts side by side.

# %%
from mediakit import analyze, texts
from mediakit.lessons import (
    Reflection,
    argue,
    check_each,
    check_filled,
    check_labels,
    compare_prediction,
    highlight,
    mirror_table,
    profile_chart,
    reveal,
    techniques_table,
)
from mediakit.widgets import Explorer

article = texts.case_study()
opposite = texts.get(texts.OPPOSITE_SLANT)
opposite_report = analyze(opposite.text)

# %% [markdown]
# ## Worked example: children and nuclear weapons, on both sides
#
# > **Case study:** … unless the two powers find common ground, "**our children would inherit
# > a dangerous and very uncertain world increasingly armed with nuclear weapons**."
#
# > **Opposite slant:** If Putin is rewarded for this war, **our children will grow up in a
# > Europe where borders are redrawn by tanks and every dictator with a nuclear arsenal has
# > learned that nuclear threats work.**
#
# The two pieces argue for **opposite policies** (talk to Moscow; refuse to reward it) with the
# **same move**: fear for our children and of nuclear weapons, so that one policy looks like
# the only safe choice. That is an *appeal to fear*.
#
# Is every warning a technique? No. Real dangers exist, and a text may warn about them. The
# question is whether it **shows** the risk (how likely, how we know) or only **stirs** the
# feeling and moves on. Neither sentence shows the risk; both hand you the feeling.

# %%
highlight(article, "our children would inherit")

# %%
highlight(opposite, "our children will grow up")

# %%
techniques_table("appeals")

# %%
techniques_table("shortcuts")

# %% [markdown]
# ## Predict, then reveal
#
# In the **opposite-slant** piece, will the detector find more **appeals** or more
# **shortcuts**? Write `"appeals"`, `"shortcuts"` or `"same"`.

# %%
my_guess = ...  # "appeals", "shortcuts" or "same"

# %%
n_appeals = len(opposite_report.by_family("appeals"))
n_shortcuts = len(opposite_report.by_family("shortcuts"))
answer = ("appeals" if n_appeals > n_shortcuts else
          "shortcuts" if n_shortcuts > n_appeals else "same")
reveal(my_guess,
       compare_prediction(my_guess, answer, options=("appeals", "shortcuts", "same"),
                          note=f"({n_appeals} appeals, {n_shortcuts} shortcuts.)"),
       profile_chart(opposite_report, opposite.title))

# %% [markdown]
# ## Explore the opposite-slant piece
#
# Switch off loaded language and claims, so that only appeals and shortcuts are highlighted.
# For each finding, ask: **what feeling, or what shortcut, is doing the work of a reason?**

# %%
Explorer(opposite_report)

# %% [markdown]
# ## Both sides use them
#
# Each row is one move, made once for each side:

# %%
mirror_table(family="appeals")

# %%
mirror_table(family="shortcuts")

# %% [markdown]
# The opposite-slant piece also uses one move the case study does not: a comparison with
# Munich in 1938, when Britain and France let Hitler take part of Czechoslovakia. Linking
# something to Hitler or the Nazis discredits it by association (*reductio ad Hitlerum*) without
# showing that the two situations are alike.
#
# ## Try it: name the move
#
# Six phrases from the two pieces. After each colon, write the technique, for example
# `"appeal to fear"`, `"appeal to authority"`, `"flag-waving"`, `"black-and-white"`,
# `"thought-terminating cliché"`, `"slogan"`, `"reductio ad hitlerum"`, `"whataboutism"`.

# %%
my_labels = {
    "Munich 1938 with better telephone lines": ...,
    "nothing about Ukraine without Ukraine": ...,
    "either allied with Russia, like Belarus or neutral": ...,
    "Former German Foreign Minister Sigmar Gabriel stated in an interview in 2018": ...,
    "The American people did not win the Cold War": ...,
    "neither reversed nor ignored": ...,
}

check_labels(my_labels, article, opposite)

# %% [markdown]
# ## Try it: fair appeal, or technique?
#
# Three sentences written for the kit, about a town bridge. Write `"fair"` if the appeal gives
# you a real reason, or `"technique"` if the feeling or the famous name does the work instead.
#
# - a. *The city's own engineers found cracks in three of the bridge's supports last month, so
#   it should close until they are repaired.*
# - b. *A famous footballer says the bridge is unsafe, so it must be.*
# - c. *If the bridge stays open one more day, we are all going to die.*

# %%
my_verdicts = {"a": ..., "b": ..., "c": ...}  # "fair" or "technique"

check_each(my_verdicts, {"a": "fair", "b": "technique", "c": "technique"},
           options=("fair", "technique"),
           why={"a": "Relevant experts, a finding, a date: an appeal to authority done right.",
                "b": "Fame is not expertise in bridges: appeal to authority.",
                "c": "The danger is inflated and nothing shows it: appeal to fear."})

# %% [markdown]
# ## Argue with the detector

# %%
argue(opposite_report, opposite, families=["appeals", "shortcuts"])

# %%
my_argument = ...  # who is right about one of them, and why?

check_filled(my_argument, "your argument")

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("05-appeals-and-shortcuts",
           "Which appeal was hardest for you to see as a technique, because the feeling "
           "behind it seemed right? What would the text need to show to make it a reason?",
           "Think of a slogan you agree with. What argument does it stand in for?")

# %% [markdown]
# ## Key points
#
# - **Appeals** move you through fear, pity, pride, the crowd or a big name; **shortcuts**
#   end thinking early: only two options, a stock phrase, a slogan, a change of subject.
# - The same appeal can serve opposite policies: it is a tool, not a side.
# - An appeal can be fair: a relevant expert with a finding, a risk shown with evidence. Ask
#   whether the text **shows** or only **stirs**.
# - The hated comparison (Hitler, Munich) replaces an argument about *this* case.
#
# **More practice:** the exercise `ex03_appeals` (in the `exercises` folder, or from your
# instructor), with a self-check after each answer.
#
# **Next:** `06-one-event-three-texts.ipynb`.
