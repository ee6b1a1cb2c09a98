package org.un.sc1540.workflow.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Committee's home page and login page; the feature pages sit beside their features. */
@Controller
class PagesController {

  @GetMapping("/")
  String root() {
    return "redirect:/committee/";
  }

  @GetMapping("/committee/")
  String home(Authentication authentication, Model model) {
    model.addAttribute("user", authentication.getName());
    return "home";
  }

  @GetMapping("/committee/login")
  String login() {
    return "login";
  }
}
