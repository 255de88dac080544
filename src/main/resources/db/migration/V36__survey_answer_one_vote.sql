-- One vote per option per answer sheet: the same option spelled several ways (0, 00, +0, ０) once counted
-- as many votes (security review). Votes counted twice before are dropped first, keeping the first row.
delete from survey_answer
 where choice is not null
   and exists (select 1 from survey_answer earlier
                where earlier.response_id = survey_answer.response_id
                  and earlier.question_id = survey_answer.question_id
                  and earlier.choice = survey_answer.choice
                  and earlier.id < survey_answer.id);
create unique index survey_answer_one_vote on survey_answer (response_id, question_id, choice);
