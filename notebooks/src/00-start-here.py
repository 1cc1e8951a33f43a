# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.
# ruff: noqa: B018  (a bare name at the end of a cell displays it, as in any notebook)
# Cells: "# %% [markdown]" (lines start with "# ") and "# %%" (code).

# %% [markdown]
# # Lesson 00 · Start here
#
# Welcome to **mediakit**, a kit for seeing how a text tries to move you. In these lessons you
# read real and made-up texts, spot the techniques they use, and check your eye against a
# computer program (the *detector*) and against an instructor's answer key.
#
# **Objectives.** By the end of this lesson you can:
#
# - run and edit the cells of a Jupyter notebook;
# - ask the kit to analyse a sentence, and read what it found and why;
# - say what the detector can do, what it cannot, and why you should argue with it;
# - find where your work is saved.
#
# **Minutes:** about 20.
#
# **What you need:** nothing else. Everything works offline.
#
# **Where this fits:** the first of ten lessons. Lesson 01 is a warm-up on a letter about a
# town swimming pool; from lesson 02 on you study an opinion article about a phone call between
# Donald Trump and Vladimir Putin, next to two texts written for the kit.

# %% [markdown]
# ## How a notebook works
#
# A notebook is a list of **cells**. This one is a text cell. The grey cell below is a **code
# cell**: it holds a little Python, and you run it.
#
# - To run a cell, click into it and press **Shift+Enter** (or the ▶ button at the top).
# - Run the cells **in order, from the top**. A later cell often needs an earlier one.
# - A number appears in the brackets on the left, `[1]`, once a cell has run.
# - If things get muddled: menu **Kernel → Restart Kernel…**, then run from the top again.
#
# Run the next cell now. It loads the kit; every lesson starts with a cell like it.

# %%
import mediakit
from mediakit import analyze
from mediakit.lessons import (
    Reflection,
    check_filled,
    compare_prediction,
    families_table,
    findings_list,
    reveal,
)

print("The kit is loaded. Version:", mediakit.__version__)

# %% [markdown]
# ## Try it: edit a cell
#
# Some cells contain `...` (three dots). That is a placeholder: **replace it with your own
# answer**, then run the cell. Try it: put your first name between quotes, like `"Sam"`, and
# press Shift+Enter. The line under the cell tells you at once whether it worked.

# %%
my_name = ...  # replace ... with your name in quotes, e.g. "Sam"

check_filled(my_name, "your name")

# %% [markdown]
# ## How the kit works
#
# 1. You give it a **text**.
# 2. It splits the text into sentences and words, keeping the exact position of each.
# 3. **Detectors** look for the words and patterns that often carry a technique: word lists
#    ("reckless", "regime"), and patterns ("everyone knows…", "either … or …").
# 4. Each hit becomes a **finding**: the technique, the exact words, *why* it fired (the cue
#    and the rule), and often a neutral alternative.
# 5. You see the findings highlighted in the text, in tables and in charts.
#
# The techniques come in four families:

# %%
families_table()

# %% [markdown]
# ## Worked example
#
# Here is a sentence written for the kit about a town library. Run the cell: the kit shows the
# sentence with its findings highlighted and, below, a table of every finding. Each highlight
# has a colour, a line style and a text label, so you never need colour to tell them apart.
# Point at a highlight (or move to it with the Tab key) to see why it was marked.

# %%
example = analyze("The council's reckless scheme will gut our beloved library.")
example

# %% [markdown]
# Read the table: *reckless* and *gut* are chosen for their charge. A reporter could write
# "the council's plan will close the library" and give you the same fact without telling you
# how to feel. That is the question behind every lesson: **what does this word do to me, and
# could the same fact be told without it?**
#
# Every finding carries its evidence. Run the next cell to list them one per line.

# %%
for f in example.findings:
    print(f"{f.technique}: “{f.text}” (cue: {f.cue or '-'}). {f.explanation}")

# %% [markdown]
# ## Predict, then reveal
#
# In every lesson you **commit to a prediction before you see the answer**. It is how you find
# out what you actually notice, rather than what you think you would have noticed.
#
# Here is a plain sentence: *"A council spokesperson said the library will close on Friday for
# repairs."* Will the detector mark anything in it? Write `"yes"` or `"no"`, then run the cell.

# %%
my_prediction = ...  # "yes" or "no"

# %% [markdown]
# Now the reveal. (If you skipped the prediction, this cell asks you to fill it in first.)

# %%
plain = analyze("A council spokesperson said the library will close on Friday for repairs.")
reveal(my_prediction,
       compare_prediction(my_prediction, "yes" if plain.findings else "no",
                          options=("yes", "no"),
                          note="A plain report that says who said it should come out clean. "
                               "If the detector marked something, read why: a fair catch, or "
                               "a false alarm?"),
       findings_list(plain))

# %% [markdown]
# ## What the detector can do, and what it cannot
#
# The detector is a set of rules written by people. It is quick, it is consistent, and it always
# says *why* it fired. But it only sees words and patterns:
#
# | It can | It cannot |
# |---|---|
# | find words and patterns that often carry a technique | know whether a claim is **true** |
# | point to the exact words and the rule that fired | always tell irony or quotation apart |
# | count and compare texts fairly | judge whether a fear is reasonable (some dangers are real) |
# | stay calm on a topic you feel strongly about | see a hint that uses no tell-tale words |
#
# So it can be wrong in two ways. A **false alarm**: it marks something that is fine. A
# **miss**: it says nothing where a careful reader sees a technique. Run the next cell: two
# sentences written for the kit. The first uses "destroyed" as plain description of a storm;
# the second hints at something nasty without a single loaded word.

# %%
findings_list("The storm destroyed three houses on Elm Street on Sunday night.")

# %%
findings_list("Some say the treasurer is honest. Others have read the club's accounts.")

# %% [markdown]
# Did it fire on the storm? Should it have? Did it notice the hint in the second sentence (that
# the accounts show the treasurer is not honest, without saying so)? Whatever it did, **argue
# with it**: in one sentence, say whether the detector got one of these right, and why.

# %%
my_argument = ...  # one sentence in quotes

check_filled(my_argument, "your argument")

# %% [markdown]
# ## Try it: test the detector yourself
#
# Write any sentence, about anything (your school, a team, a film), and run the cell to see what
# the detector finds. Try one sentence that you think it *will* flag, then change one word and
# see whether it still does. Run the cell as often as you like.

# %%
my_sentence = ...  # a sentence in quotes

findings_list(my_sentence)

# %% [markdown]
# ## Where your work is saved
#
# Activities in later lessons (labelling sentences, rewriting, notes) save your work as you go,
# in a folder called **`mediakit-work`** next to this notebook, one small file per activity. You
# can close the notebook and come back: the work is loaded again. Nothing is sent anywhere.
#
# The notebook itself (including what you typed in code cells) is saved with **File → Save** or
# Ctrl+S.

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. They are saved as you type, in
# `mediakit-work/notes-00-start-here-reflection.json`.

# %%
Reflection("00-start-here",
           "What is one thing a careful reader knows about a text that a word-matching program "
           "cannot know?",
           "How do you want to use the detector: as a judge, as a second opinion, or as someone "
           "to argue with? Why?")

# %% [markdown]
# ## Key points
#
# - Run cells from the top with **Shift+Enter**; replace `...` with your answer and run again.
# - The kit analyses a text into **findings**: a technique, the exact words, and why it fired.
# - Four families: **loaded language**, **claims and evidence**, **appeals**, **shortcuts**.
# - The detector sees words and patterns, not truth or intent. It makes **false alarms** and
#   **misses**. Read its reasons and argue with it.
# - Always **predict first**, then reveal.
# - Your work is saved in `mediakit-work/` next to the notebook.
#
# **Next:** `01-warm-up.ipynb`, a letter about a town pool.
